#!/usr/bin/env python3
"""Writes docs/krav.md: every requirement code the repository cites, with its text and source.

The codes are defined outside the repository, in the domain material beside it (../shared/domain in the
development set-up: seed-analysis-000-001-003-004.md, seed-analysis-002.md, law-and-peers.md). This script reads
those files and the repository, and writes the index; KravindexTest (app/src/test/java/se/tillit) fails when a code
is cited without an entry. Run it from the repository's root after citing a new code:

    python3 docs/krav.py [path to the domain folder, default ../shared/domain]

The recognition of a citation is the same as KravindexTest's (keep the two in step): see RECOGNISED below.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'domain')
SEEDS_A = 'seed-analysis-000-001-003-004.md'
SEEDS_B = 'seed-analysis-002.md'
LAW = 'law-and-peers.md'

# --- recognition (KravindexTest has the same expressions) -----------------------------------------------------
KOD = r'(?:[RTPG]\d{2}|D\d{1,2}|C\d{1,2}|A[1-7]|B[0-6])'
FORE = r'(?<![\w\-%@./#$&{+])(?<!\w\()'
EFTER = r'(?![\w\-%/]|[.:]\d)'
INTERVALL = re.compile(FORE + r'([RTPGDC])(\d{1,2})\s?[–-]\s?\1(\d{1,2})' + EFTER)
PUNKTER = re.compile(FORE + r'C\d{1,2} (?:items?|punkt|punkterna) (\d{1,2}(?:(?:, | and | och |–)\d{1,2})*)' + EFTER)
ENSKILD = re.compile(FORE + r'(' + KOD + r')' + EFTER)
PAPPER = re.compile(r'(?<!§)(?<!law-and-peers )(?<!law-and-peers\.md )\bA4\b')

SCANNED = ['app/src', 'processes', 'decisions', 'forms', 'docs', 'README.md']
SKIPPED_DIRS = {'node_modules', 'target'}
SKIPPED_FILES = {os.path.join('docs', 'krav.md'), os.path.join('docs', 'krav.py'),
                 os.path.join('app', 'src', 'test', 'java', 'se', 'tillit', 'KravindexTest.java')}
BINARY = ('.png', '.jpg', '.jpeg', '.gif', '.ico', '.pdf', '.zip', '.jar', '.woff', '.woff2', '.ttf', '.otf', '.docx',
          '.xlsx', '.odt', '.class')


def family_number(code):
    return code[0], int(code[1:])


def code(family, number):
    return f'{family}{number:02d}' if family in 'RTPG' else f'{family}{number}'


def cited_in(text):
    found = set()
    for m in INTERVALL.finditer(text):
        fam, a, b = m.group(1), int(m.group(2)), int(m.group(3))
        for n in range(a, b + 1):
            found.add(code(fam, n))
    text = INTERVALL.sub(' ', text)
    for m in PUNKTER.finditer(text):
        for part in re.split(r', | and | och ', m.group(1)):
            if '–' in part:
                a, b = part.split('–')
                found.update(code('C', n) for n in range(int(a), int(b) + 1))
            else:
                found.add(code('C', int(part)))
    text = PUNKTER.sub(' ', text)
    text = PAPPER.sub(' ', text)
    for m in ENSKILD.finditer(text):
        found.add(m.group(1))
    return found


def files():
    for entry in SCANNED:
        path = os.path.join(ROOT, entry)
        if os.path.isfile(path):
            yield entry
            continue
        for folder, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
            for name in sorted(names):
                rel = os.path.relpath(os.path.join(folder, name), ROOT)
                if not name.lower().endswith(BINARY) and rel not in SKIPPED_FILES:
                    yield rel


def citations():
    where = {}
    for rel in files():
        try:
            with open(os.path.join(ROOT, rel), encoding='utf-8') as f:
                text = f.read()
        except UnicodeDecodeError:
            continue
        if True:
            for c in cited_in(text):
                where.setdefault(c, []).append(rel)
    return where


# --- the domain's definitions -----------------------------------------------------------------------------------
def read(name):
    with open(os.path.join(DOMAIN, name), encoding='utf-8') as f:
        return f.read()


def cells(line):
    return [c.strip() for c in line.strip().strip('|').split('|')]


def section_of(text, position):
    heads = [m for m in re.finditer(r'^(#{2,3}) (.+)$', text, re.M) if m.start() < position]
    return heads[-1].group(2).split(' (')[0] if heads else ''


def plain(s):
    return re.sub(r'\s+', ' ', s.replace('**', '').replace('|', '/')).strip()


def definitions():
    d = {}
    for name in (SEEDS_A, SEEDS_B):
        text = read(name)
        for m in re.finditer(r'^\| *([RTPGD]\d{1,2}) *\|.*$', text, re.M):
            c = cells(m.group(0))
            key = c[0]
            sec = section_of(text, m.start())
            where = f'{name} §{sec.split(" ")[0].rstrip(".")}'
            fam = key[0]
            if fam == 'R':
                d[key] = (plain(c[1]), f'{plain(c[2])} ({where})')
            elif fam == 'T':
                d[key] = (plain(c[1]) + (f': {plain(c[2])}' if c[2] not in ('', '–', '—') else ''),
                          f'{plain(c[3])} ({where})')
            elif fam == 'P':
                nivå = ', '.join(x for x in (c[3], c[4]) if x not in ('–', '—', ''))
                days = f', billable days {c[7]}' if c[7] not in ('–', '—', '') else ''
                d[key] = (f'{plain(c[2])} ({c[1]}{", " + nivå if nivå else ""}): {c[6]} {c[5]} in 2014{days}',
                          f'000@c32205–34519, Södertälje\'s "Interna priser för verksamheterna 2014" ({where})')
            elif fam == 'G':
                d[key] = (f'{plain(c[3])} The seed: {plain(c[1])}', f'{plain(c[2])} ({where})')
            elif fam == 'D':
                start = f', counted from: {plain(c[3])}' if c[3] not in ('', '–', '—') else ''
                d[key] = (f'{plain(c[1])}: {plain(c[2])}{start}; the seed: {plain(c[4])}',
                          f'{plain(c[5])} ({where})')
    law = read(LAW)
    part_c = law[law.index('## PART C'):]
    for m in re.finditer(r'^(\d{1,2})\. (.+)$', part_c, re.M):
        n = int(m.group(1))
        body = plain(m.group(2))
        split = re.split(r' Sources?: ', body, maxsplit=1)
        sec = section_of(part_c, m.start()).split('.')[0]
        d[f'C{n}'] = (split[0], f'law-and-peers.md Part C §{sec} item {n}; its sources: '
                      + (split[1] if len(split) > 1 else '–'))
    for m in re.finditer(r'^### (A\d)\. (.+)$', law, re.M):
        d[m.group(1)] = (f'The law as of 2026: {plain(m.group(2))} (the whole section)',
                         f'law-and-peers.md Part A §{m.group(1)}, with the statutes and pages it cites')
    for m in re.finditer(r'^### (B\d)\. (.+)$', law, re.M):
        d[m.group(1)] = (f'The peer systems: {plain(m.group(2))} (the whole section)',
                         f'law-and-peers.md Part B §{m.group(1)}, with the pages it cites')
    return d


# Codes the repository cites that the domain material does not define: what the citing code means.
NOT_IN_THE_SEEDS = {}

HEAD = """# Requirement codes: an index

The code, its tests, the models and the docs cite requirements by short codes (`R15`, `C7`, `T03` …) whose
definitions lie outside the repository, in the domain material the project was created from
(`../shared/domain/` in the development set-up: the seed analyses and the research on the law and the peer
systems). This page gives every code the repository cites, with its text and its source, so that a reader
without that material can follow a citation. **It is generated** by `python3 docs/krav.py` (from the repository's
root, with the domain material beside it) and checked by `KravindexTest`, which fails naming every cited code
without an entry here.

## The families

| family | what | defined in |
|---|---|---|
| `R01`–`R84` | testable requirements derived from the seeds | `seed-analysis-000-001-003-004.md` §7 (R01–R40), `seed-analysis-002.md` §11 (R41–R84) |
| `T01`–`T67` | time limits, deadlines and frequencies in the seeds | `seed-analysis-000-001-003-004.md` §2 (T01–T39), `seed-analysis-002.md` §5 (T40–T67) |
| `P01`–`P36` | the rows of Södertälje's internal price list 2014 | `seed-analysis-000-001-003-004.md` §4.1 (`decisions/internpris.dmn`) |
| `G01`–`G17` | where the seeds say the current system cannot produce a figure | `seed-analysis-000-001-003-004.md` §3.5 |
| `D1`–`D13` | the hospital-discharge time limits of the Stockholm agreement | `seed-analysis-002.md` §2.5 |
| `C1`–`C59` | the design implications of the law and the peer systems, numbered 1–59 across §C1–§C6 | `law-and-peers.md` Part C |
| `A1`–`A7` | the sections on the law as of 2026 | `law-and-peers.md` Part A |
| `B0`–`B6` | the sections on the peer systems (Treserva, Lifecare, Combine …) | `law-and-peers.md` Part B |

A source such as `004@c46362` is a 0-based character offset into the UTF-8 text of seed 004
(`../shared/domain/seeds/`). The seeds' quotes are Swedish as printed; the rest is the analyses' English.

## What counts as a citation

A code is a family letter with its number as above (`R15`, `T03`, `P06`, `G11` with two digits; `D6`, `C7`, `A7`,
`B3` without a leading zero) standing as a word of its own: `(R15)`, `R15:`, `R15,`, `[R15]`, `// C7`, `§A2`,
`law-and-peers.md A3`. Not a citation: a code inside a longer name or number (`V45__…`, `2026-Q3`,
`VT-A1`, `Rule_P06_2015`, `19361224-T123`, `%C3`, the time `T08:30`), a spreadsheet cell in a formula (`SUM(A1)`), and `A4` as a paper size
(a citation of §A4 is written `§A4` or `law-and-peers A4`). A range `R24–R29` cites every code in it;
`C1 item 17` (or `items 3 and 12`, `items 17–18`, `punkt 54`) cites item 17 of Part C, i.e. `C17`, and not the section.
Quarters (`Q1`–`Q4`), migrations (`V1`…), ADRs, Kolada ids (`U28418`, `N00945`) and tertials (`T1`, `T2`) are
no family of the domain material. Scanned: `app/src`, `processes/`, `decisions/`, `forms/`, `docs/` (this page and its
script aside, and `KravindexTest`'s own examples) and `README.md`, every text file in them.

## The codes
"""


def main():
    where = citations()
    defs = definitions()
    order = {f: i for i, f in enumerate('RTPGDCAB')}
    keys = sorted(where, key=lambda c: (order[c[0]], int(c[1:])))
    out = [HEAD]
    missing = []
    titles = {'R': 'Requirements (R)', 'T': 'Time limits (T)', 'P': 'Internal prices 2014 (P)',
              'G': 'What the current system cannot produce (G)', 'D': 'Hospital discharge limits (D)',
              'C': 'Design implications (C)', 'A': 'The law as of 2026 (A)', 'B': 'The peer systems (B)'}
    family = None
    for k in keys:
        if k[0] != family:
            family = k[0]
            out.append(f'\n### {titles[family]}\n\n| code | text | source |\n|---|---|---|')
        if k in defs:
            text, source = defs[k]
        elif k in NOT_IN_THE_SEEDS:
            text, source = NOT_IN_THE_SEEDS[k]
        else:
            missing.append(k)
            continue
        out.append(f'| {k} | {text} | {source} |')
    if missing:
        sys.exit('cited but defined neither in the domain material nor in NOT_IN_THE_SEEDS: ' + ', '.join(missing)
                 + '\n' + '\n'.join(f'  {m}: {", ".join(where[m][:5])}' for m in missing))
    out.append('\n## Not in the seeds\n')
    outside = [k for k in keys if k in NOT_IN_THE_SEEDS and k not in defs]
    out.append('Codes cited in the repository that the domain material does not define, with what the citing code '
               'means: ' + (', '.join(outside) if outside else 'none; every code cited today is defined there.'))
    with open(os.path.join(ROOT, 'docs', 'krav.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print(f'{len(keys)} codes cited, written to docs/krav.md')


if __name__ == '__main__':
    main()
