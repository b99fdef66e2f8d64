#!/usr/bin/env python3
"""Writes the two big hostile inputs of issue 20 for scripts/bench-hostile.sh.

  gen-hostile-bench.py sbom N FOLDER    FOLDER/bom.json: a flat CycloneDX 1.6 SBOM of N components (about 230
                                        bytes each: bom-ref, name, version, purl, an SPDX licence), every tenth
                                        a direct dependency of the system
  gen-hostile-bench.py chain N FOLDER   FOLDER/pom.xml and FOLDER/m1..mN: modules each the parent of the next
                                        and depending on it (module n inherits n - 1 dependencies), and an
                                        empty local repository FOLDER/m2
"""
import os
import sys


def sbom(count, folder):
    with open(os.path.join(folder, "bom.json"), "w") as out:
        out.write('{"bomFormat": "CycloneDX", "specVersion": "1.6",\n'
                  ' "metadata": {"component": {"bom-ref": "app", "name": "app"}},\n "components": [\n')
        for index in range(count):
            version = f"1.{index % 97}.{index % 13}"
            ref = f"pkg:npm/supplier-package-{index}@{version}"
            out.write(("" if index == 0 else ",\n")
                      + f'  {{"type": "library", "bom-ref": "{ref}", "name": "supplier-package-{index}", '
                      + f'"version": "{version}", "purl": "{ref}", "licenses": [{{"license": {{"id": "MIT"}}}}]}}')
        out.write('\n ],\n "dependencies": [\n')
        for index in range(0, count, 10):
            ref = f"pkg:npm/supplier-package-{index}@1.{index % 97}.{index % 13}"
            out.write(("" if index == 0 else ",\n") + f'  {{"ref": "app", "dependsOn": ["{ref}"]}}')
        out.write("\n ]\n}\n")


def chain(count, folder):
    modules = "".join(f"<module>m{index}</module>" for index in range(1, count + 1))
    with open(os.path.join(folder, "pom.xml"), "w") as out:
        out.write("<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>m0</artifactId>"
                  f"<version>1</version><packaging>pom</packaging><modules>{modules}</modules></project>\n")
    for index in range(1, count + 1):
        os.makedirs(os.path.join(folder, f"m{index}"), exist_ok=True)
        parent = "../pom.xml" if index == 1 else f"../m{index - 1}/pom.xml"
        dependency = "" if index == 1 else (
            f"<dependencies><dependency><groupId>g</groupId><artifactId>m{index - 1}</artifactId>"
            "<version>1</version></dependency></dependencies>")
        with open(os.path.join(folder, f"m{index}", "pom.xml"), "w") as out:
            out.write(f"<project><modelVersion>4.0.0</modelVersion><parent><groupId>g</groupId>"
                      f"<artifactId>m{index - 1}</artifactId><version>1</version><relativePath>{parent}"
                      f"</relativePath></parent><artifactId>m{index}</artifactId><packaging>pom</packaging>"
                      f"{dependency}</project>\n")
    os.makedirs(os.path.join(folder, "m2"), exist_ok=True)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("sbom", "chain"):
        sys.exit(__doc__)
    os.makedirs(sys.argv[3], exist_ok=True)
    {"sbom": sbom, "chain": chain}[sys.argv[1]](int(sys.argv[2]), sys.argv[3])
