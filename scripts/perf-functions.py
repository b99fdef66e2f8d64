#!/usr/bin/env python3
"""Names the functions of a perf profile of sovscan when perf cannot ("symsrc__init: cannot get elf header": this
machine's perf does not read the release binary's ELF, so every sovscan frame shows as a bare address).

Reads `perf script -F ip,dso,sym` on standard input, maps the binary's frames through `nm`, demangles them with
`swift demangle`, and prints the share of samples per function:

    perf record -F 499 --call-graph=dwarf,16384 -o p.data .build/release/sovscan scan DIR --quiet --format ...
    perf script -i p.data -F ip,dso,sym | scripts/perf-functions.py .build/release/sovscan            # self time
    ... | scripts/perf-functions.py BINARY --inclusive                                                 # with callees
    ... | scripts/perf-functions.py BINARY --under 'MavenCataloger.result(of:)'                        # its callees
"""
import argparse
import bisect
import collections
import os
import subprocess
import sys


def load_symbols(binary):
    """Function start addresses (file offsets of the PIE) and demangled names, sorted by address."""
    listing = subprocess.run(["nm", "-n", "--defined-only", binary], capture_output=True, text=True).stdout
    addresses, mangled = [], []
    for line in listing.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            addresses.append(int(parts[0], 16))
            mangled.append(parts[2])
    unique = sorted(set(mangled))
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(unique),
                               capture_output=True, text=True).stdout.split("\n")
    names = dict(zip(unique, demangled))
    return addresses, [names.get(name, name) for name in mangled]


def read_samples(lines, binary_name, addresses, names):
    """Each sample as its list of frame names, innermost first."""
    samples, frames = [], []
    for line in lines:
        parts = line.strip().split(None, 1)
        if not parts:
            if frames:
                samples.append(frames)
                frames = []
            continue
        if len(parts) < 2:
            continue
        address, rest = parts
        if rest.endswith("/" + binary_name + ")"):
            index = bisect.bisect_right(addresses, int(address, 16)) - 1
            frames.append(names[index] if index >= 0 else address)
        else:
            frames.append(rest.rsplit(" (", 1)[0])
    if frames:
        samples.append(frames)
    return samples


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--inclusive", action="store_true", help="count every function on a sample's stack")
    parser.add_argument("--under", metavar="TEXT", help="the direct callees of the outermost frame containing TEXT")
    parser.add_argument("--top", type=int, default=25)
    arguments = parser.parse_args()
    addresses, names = load_symbols(arguments.binary)
    samples = read_samples(sys.stdin, os.path.basename(arguments.binary), addresses, names)
    counts = collections.Counter()
    for frames in samples:
        if arguments.under:
            matches = [index for index, name in enumerate(frames) if arguments.under in name]
            if matches:
                outermost = max(matches)
                counts[frames[outermost - 1] if outermost > 0 else "(itself)"] += 1
        elif arguments.inclusive:
            counts.update(set(frames))
        else:
            counts[frames[0]] += 1
    total = len(samples)
    if arguments.under:
        print(f"{arguments.under}: {100 * sum(counts.values()) / max(total, 1):.2f}% of {total} samples")
    for name, count in counts.most_common(arguments.top):
        print(f"{100 * count / total:6.2f}%  {name[:160]}")
    if not arguments.under:
        print(f"{total} samples")


if __name__ == "__main__":
    main()
