#!/usr/bin/env python3
"""Turns a Gatling report (js/stats.json) into the table of docs/performance.md. Called by kor.sh."""
import os
import platform
import subprocess
import sys

rapport, profil, databas, anvandare, sekunder, paus_min, paus_max, dataset = sys.argv[1:9]

import html
import re

# Gatling 3.15 keeps its figures in the report's statistics table only: one <tr id="req_..."> per request, the name,
# then the cells col-2 (count), col-4 (KO), col-8 (p50), col-10 (p95), col-11 (p99); see the header of index.html
with open(os.path.join(rapport, "index.html"), encoding="utf-8") as f:
    sida = f.read()


def rader():
    for rad in sida.split('<tr id="req_')[1:]:
        namn = html.unescape(re.search(r'class="ellipsed-name">([^<]*)</span>', rad).group(1))
        celler = dict(re.findall(r'<td class="value [a-z]+ (col-[0-9]+)">([^<]*)</td>', rad))
        yield namn, celler


arenden, oppna, uppgifter, beslut, timers, aktiviteter, storlek = dataset.split(" ", 6)
karnor = os.cpu_count()
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
def tusental(n):
    return f"{int(n):,}".replace(",", " ")


print(f"Profile **{profil}** (database {databas}): {tusental(arenden)} cases ({tusental(oppna)} open), {tusental(uppgifter)} "
      f"open tasks, {tusental(beslut)} executed decisions, {tusental(timers)} timers, {tusental(aktiviteter)} historic activity "
      f"instances, {storlek}.")
print(f"{anvandare} concurrent users per scenario, {sekunder} s each after a 5 s ramp, think time {paus_min}–{paus_max} ms; "
      f"the scenarios one after the other. Machine: {karnor} cores (shared by the load generator, the application and "
      f"PostgreSQL), {platform.system()} {platform.release()}, {java}.")
print()
# Gatling's own mean rate is over the whole run; each scenario ran alone for its ramp and time
print("| request | requests | p50 ms | p95 ms | p99 ms | throughput req/s (over the scenario's time) | errors |")
print("|---|---|---|---|---|---|---|")
for namn, c in rader():
    if namn.startswith("inloggning"):
        continue
    antal = int(c["col-2"])
    print(f"| {namn} | {tusental(antal)} | {c['col-8']} | {c['col-10']} | {c['col-11']} | {antal / (int(sekunder) + 5):.1f} | "
          f"{tusental(int(c['col-4']))} |")
