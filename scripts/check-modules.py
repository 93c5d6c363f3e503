#!/usr/bin/env python3
"""Refuses an import circle between the modules of a crate.

Cargo refuses cycles between crates; this does the same inside each crate of
the workspace: a module may use its children and its ancestors' items, but
no module may import (directly or through others) a module that imports it.

Every `use` and every inline `crate::…`, `super::…`, `self::…` path is
resolved to the module that defines the item, following `pub use`
re-exports (so `crate::Draft`, re-exported by lib.rs from draft.rs, counts
as an import of `draft`). A module's edges to its own descendants (its
`mod` declarations and re-exports) are the tree itself and do not count.

    scripts/check-modules.py [CRATE_SRC_DIR ...]

Exits 1 and prints each circle found; prints one line per crate otherwise.
"""
import os
import re
import sys

ROOTS = ["src", "crates/core/src", "crates/report/src", "crates/vault/src",
         "crates/app/src", "tools/bundle/src", "tools/harness/src"]

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    # String literals can hold anything ("crate::x" in a message).
    text = re.sub(r'r#*"(?:.|\n)*?"#*', '""', text)
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', text)


def modules(src):
    """Module path (tuple) -> file, for one crate's source folder. A
    binary's main.rs beside a lib.rs uses the library by its crate name, so
    it is left out."""
    out = {}
    has_lib = os.path.exists(os.path.join(src, "lib.rs"))
    for dirpath, _, files in os.walk(src):
        for f in files:
            if not f.endswith(".rs"):
                continue
            rel = os.path.relpath(os.path.join(dirpath, f), src)
            parts = rel[:-3].split(os.sep)
            if parts == ["main"] and has_lib:
                continue
            if parts[-1] == "mod" or parts in (["lib"], ["main"]):
                parts = parts[:-1]
            out[tuple(parts)] = os.path.join(dirpath, f)
    return out


def expand(tree):
    """`a::{b, c::{d, e as f}}` -> ['a::b', 'a::c::d', 'a::c::e']."""
    tree = re.sub(r"\s+as\s+" + IDENT, "", tree)
    tree = re.sub(r"\s+", "", tree)
    brace = tree.find("{")
    if brace < 0:
        return [tree]
    prefix, body = tree[:brace], tree[brace + 1:tree.rfind("}")]
    items, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    items.append(cur)
    return [prefix + sub for item in items if item for sub in expand(item)]


def uses(text):
    """Every path a file imports: its `use` trees and inline paths."""
    paths, reexports = [], []
    for m in re.finditer(r"(pub(?:\([a-z]+\))?\s+)?use\s+([^;]+);", text):
        for p in expand(m.group(2)):
            paths.append(p)
            if m.group(1):
                reexports.append(p)
    for m in re.finditer(r"\b((?:crate|super|self)(?:::" + IDENT + r")+)", text):
        paths.append(m.group(1))
    return paths, reexports


def check(src):
    mods = modules(src)
    texts = {m: strip_comments(open(f, encoding="utf-8").read()) for m, f in mods.items()}
    parsed = {m: uses(t) for m, t in texts.items()}

    def start(module, segs):
        """Where a path's first segment leads."""
        cur = list(module)
        rest = list(segs)
        while rest and rest[0] in ("crate", "super", "self"):
            head = rest.pop(0)
            if head == "crate":
                cur = []
            elif head == "super":
                cur = cur[:-1]
        if segs and segs[0] not in ("crate", "super", "self"):
            # A path relative to the module (edition 2018: a child or an
            # external crate).
            if tuple(cur + [segs[0]]) not in mods:
                return None, None
        return cur, rest

    def resolve(module, path, seen=()):
        segs = [s for s in path.split("::") if s]
        cur, rest = start(module, segs)
        if cur is None:
            return None
        while rest:
            seg = rest[0]
            if tuple(cur + [seg]) in mods:
                cur = cur + [seg]
                rest.pop(0)
                continue
            # An item: re-exported here from another module?
            if seg in ("*", "self", "{", "}"):
                return tuple(cur)
            for r in parsed[tuple(cur)][1]:
                rsegs = [s for s in r.split("::") if s]
                name = rsegs[-1]
                if name == seg or name == "*":
                    if (tuple(cur), r) in seen:
                        continue
                    target = resolve(tuple(cur), "::".join(rsegs[:-1]) + "::" + seg if name == "*" else r, seen + ((tuple(cur), r),))
                    if target is not None and target != tuple(cur):
                        return target
            return tuple(cur)
        return tuple(cur)

    edges = {m: set() for m in mods}
    for m in mods:
        for p in parsed[m][0]:
            t = resolve(m, p)
            if t is None or t == m:
                continue
            if t[: len(m)] == m:  # a descendant: the tree itself
                continue
            edges[m].add(t)

    cycles, state, stack = [], {}, []

    def visit(m):
        state[m] = 1
        stack.append(m)
        for t in sorted(edges[m]):
            if state.get(t) == 1:
                cycles.append(stack[stack.index(t):] + [t])
            elif t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(mods):
        if m not in state:
            visit(m)
    return mods, edges, cycles


def name(m):
    return "::".join(m) or "crate"


def main():
    roots = sys.argv[1:] or [r for r in ROOTS if os.path.isdir(r)]
    bad = False
    for src in roots:
        mods, edges, cycles = check(src)
        n = sum(len(e) for e in edges.values())
        if cycles:
            bad = True
            for c in cycles:
                print(f"{src}: import circle: " + " -> ".join(name(m) for m in c))
        else:
            print(f"{src}: {len(mods)} modules, {n} imports between them, no circle")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
