#!/usr/bin/env python3
"""Validates a JSON document against a JSON schema; schemas it references ($ref to a file name) are
loaded from the schema's folder. Usage: validate-json.py SCHEMA DOCUMENT"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

schema_path = pathlib.Path(sys.argv[1])
document = json.loads(pathlib.Path(sys.argv[2]).read_text())
registry = Registry()
for path in schema_path.parent.glob("*.json"):
    contents = json.loads(path.read_text())
    spec = Resource.from_contents(contents, default_specification=DRAFT7)
    registry = registry.with_resource(path.name, spec)
    if "$id" in contents:
        registry = registry.with_resource(contents["$id"], spec)
schema = json.loads(schema_path.read_text())
validator_class = jsonschema.validators.validator_for(schema)
validator = validator_class(schema, registry=registry, format_checker=validator_class.FORMAT_CHECKER)
errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
for error in errors[:20]:
    print(f"{sys.argv[2]}: {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")
if errors:
    print(f"{len(errors)} schema errors")
    sys.exit(1)
print(f"{sys.argv[2]}: valid against {schema_path.name}")
