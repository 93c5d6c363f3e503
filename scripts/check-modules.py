#!/usr/bin/env python3
"""Refuses an import circle between the modules of a crate.

Cargo refuses cycles between crates; this does the same inside each crate of
the workspace: dependencies point down only, so no module may use (directly
or through others) a module that uses it. A parent counts too: a `mod.rs`
that calls a function of its child, while the child uses the parent's
types, is a circle.

What counts as a use of module T by module M:
- a `use` of an item T defines (`pub use` re-exports are followed, so
  `crate::Draft`, re-exported by lib.rs from draft.rs, is a use of draft);
- a path in the code (`crate::…`, `super::…`, `self::…`, `child::…`);
- a name M re-exports from T (`pub use child::Name`) and also uses in its
  own code.
What does not: `mod child;` and a `pub use` of a descendant's item that M
does not use itself (the tree, publishing its children).

    scripts/check-modules.py [CRATE_SRC_DIR ...]
    scripts/check-modules.py --self-test

By default every `src` folder of the workspace's crates (the root package,
crates/*, tools/*). Exits 1 and prints each circle found; prints one line per
crate otherwise.
"""
import glob
import os
import re
import sys

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def default_roots():
    roots = ["src"] + sorted(glob.glob("crates/*/src")) + sorted(glob.glob("tools/*/src"))
    return [r for r in roots if os.path.isdir(r)]


def code_only(text):
    """The text with comments, strings and character literals blanked, in
    one pass (so `"//"` or `'"'` cannot hide what follows)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            out.append(" ")
        elif re.match(r'(b?r#*")', text[i:i + 12]) and (i == 0 or not re.match(r"\w", text[i - 1])):
            m = re.match(r'b?r(#*)"', text[i:])
            end = '"' + m.group(1)
            j = text.find(end, i + len(m.group(0)))
            i = n if j < 0 else j + len(end)
            out.append('""')
        elif c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            out.append('""')
        elif c == "'":
            # A character literal ('x', '\n', '\u{..}') or a lifetime ('a).
            m = re.match(r"'(\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'])'", text[i:])
            if m:
                i += len(m.group(0))
                out.append("' '")
            else:
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def without_inline_modules(code):
    """The code without inline `mod name { … }` blocks (a test module's
    `use super::*` is its own business)."""
    while True:
        m = re.search(r"\bmod\s+" + IDENT + r"\s*\{", code)
        if not m:
            return code
        depth, j = 0, m.end() - 1
        while j < len(code):
            depth += code[j] == "{"
            depth -= code[j] == "}"
            j += 1
            if depth == 0:
                break
        code = code[:m.start()] + code[j:]


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


USE = re.compile(r"\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);")


def parse(text):
    """(uses, reexports, code): the paths of `use` statements (`uses` the
    private ones), the `pub use` paths, and the code without them and
    without `mod child;` lines."""
    code = without_inline_modules(code_only(text))
    uses, reexports = [], []
    for m in USE.finditer(code):
        for p in expand(m.group(2)):
            (reexports if m.group(1) else uses).append(p)
    code = re.sub(r"\b(?:pub(?:\([^)]*\))?\s+)?mod\s+" + IDENT + r"\s*;", " ", USE.sub(" ", code))
    return uses, reexports, code


def check(src):
    mods = modules(src)
    parsed = {m: parse(open(f, encoding="utf-8").read()) for m, f in mods.items()}

    def resolve(module, path, seen=()):
        """The module that defines what `path`, written in `module`, names;
        None for another crate's."""
        segs = [s for s in path.split("::") if s]
        cur = list(module)
        if segs and segs[0] not in ("crate", "super", "self") and tuple(cur + [segs[0]]) not in mods:
            return None
        while segs and segs[0] in ("crate", "super", "self"):
            head = segs.pop(0)
            if head == "crate":
                cur = []
            elif head == "super":
                cur = cur[:-1]
        while segs:
            seg = segs[0]
            if tuple(cur + [seg]) in mods:
                cur.append(segs.pop(0))
                continue
            if seg in ("*", "self"):
                return tuple(cur)
            # An item: re-exported here from another module?
            for r in parsed[tuple(cur)][1]:
                rsegs = [s for s in r.split("::") if s]
                if rsegs[-1] == seg and (tuple(cur), r) not in seen:
                    target = resolve(tuple(cur), r, seen + ((tuple(cur), r),))
                    if target is not None:
                        return target
            return tuple(cur)
        return tuple(cur)

    edges = {m: set() for m in mods}

    def add(m, t):
        if t is not None and t != m:
            edges[m].add(t)

    for m in mods:
        uses, reexports, code = parsed[m]
        for p in uses:
            add(m, resolve(m, p))
        for p in reexports:
            t = resolve(m, p)
            if t is not None and t[: len(m)] != m:
                add(m, t)  # re-exporting another branch's item uses it
            elif t is not None and re.search(r"\b" + re.escape(p.split("::")[-1]) + r"\b", code):
                add(m, t)  # a child's item this module uses itself
        for p in re.findall(r"\b((?:crate|super|self)(?:::" + IDENT + r")+)", code):
            add(m, resolve(m, p))
        children = {c[-1] for c in mods if len(c) == len(m) + 1 and c[: len(m)] == m}
        for c in children:
            for p in re.findall(r"(?<![\w:])(" + c + r"(?:::" + IDENT + r")+)", code):
                add(m, resolve(m, p))

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


def self_test():
    """Small crates with and without circles: what the check must find."""
    import tempfile

    cases = {
        "siblings": ({"lib.rs": "mod a; mod b;", "a.rs": "use crate::b::B; pub struct A;",
                      "b.rs": "use crate::a::A; pub struct B;"}, True),
        "through a re-export": ({"lib.rs": "mod a; mod b; pub use a::A; pub use b::B;",
                                 "a.rs": "use crate::B; pub struct A;", "b.rs": "pub fn f() -> crate::A { todo!() } pub struct B;"}, True),
        "parent calls its child, child uses the parent's type": (
            {"lib.rs": "mod s;", "s/mod.rs": "mod k; pub struct E; pub fn g() { k::f() }",
             "s/k.rs": "use super::E; pub fn f() {}"}, True),
        "a string hides nothing": ({"lib.rs": "mod a; mod b;",
                                    "a.rs": "const Q: char = '\"'; const U: &str = \"http://x\"; use crate::b::B; pub struct A;",
                                    "b.rs": "use crate::a::A; pub struct B;"}, True),
        "the tree is no circle": ({"lib.rs": "mod a; mod b; pub use a::A; pub use b::B;",
                                   "a.rs": "use crate::b::B; pub struct A(B);", "b.rs": "pub struct B;"}, False),
        "a test module's super is its own": ({"lib.rs": "mod a; pub struct R;",
                                               "a.rs": "use crate::R; mod tests { use super::*; }"}, False),
    }
    failed = 0
    for what, (files, circle) in cases.items():
        with tempfile.TemporaryDirectory() as d:
            for f, text in files.items():
                os.makedirs(os.path.dirname(os.path.join(d, f)), exist_ok=True)
                with open(os.path.join(d, f), "w", encoding="utf-8") as out:
                    out.write(text)
            found = bool(check(d)[2])
        if found != circle:
            failed += 1
            print(f"check-modules self-test: {what}: expected {'a circle' if circle else 'none'}, found {'one' if found else 'none'}")
    print(f"check-modules self-test: {len(cases) - failed} passed, {failed} failed")
    return failed == 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(0 if self_test() else 1)
    roots = sys.argv[1:] or default_roots()
    bad = False
    for src in roots:
        mods, edges, cycles = check(src)
        n = sum(len(e) for e in edges.values())
        if cycles:
            bad = True
            for c in cycles:
                print(f"{src}: import circle: " + " -> ".join(name(m) for m in c))
        else:
            print(f"{src}: {len(mods)} modules, {n} uses between them, no circle")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
