#!/usr/bin/env python3
"""Names (classes and resources) that more than one entry of the launcher's classpath holds.

The launcher (./entente) puts the product's classes and picocli ahead of the other jars; that is only safe while no
class or resource it moves is also found in another entry, and while entries that do share a name keep their order.
Prints every shared name with its entries in classpath order (META-INF files other than services/ left out: the JDK
reads them per jar). Usage: scripts/classpath-duplicates.py [target/runtime-classpath.txt]
"""
import collections
import os
import sys
import zipfile


def names(entry):
    if entry.endswith(".jar"):
        with zipfile.ZipFile(entry) as z:
            return [n for n in z.namelist() if not n.endswith("/")]
    found = []
    for root, _, files in os.walk(entry):
        found += [os.path.relpath(os.path.join(root, f), entry) for f in files]
    return found


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "target/runtime-classpath.txt"
    entries = open(path).read().strip().split(":")
    holders = collections.defaultdict(list)
    for entry in entries:
        for n in names(entry):
            if n == "module-info.class" or (n.startswith("META-INF/") and not n.startswith("META-INF/services/")):
                continue
            holders[n].append(entry)
    shared = {n: e for n, e in holders.items() if len(e) > 1}
    for n in sorted(shared):
        print(n + "\t" + "\t".join(os.path.basename(e) if e.endswith(".jar") else e for e in shared[n]))
    print(f"{len(shared)} names held by more than one of {len(entries)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
