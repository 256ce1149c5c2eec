#!/usr/bin/env python3
"""Where the request threads' time went, from a Java Flight Recorder recording (docs/performance.md, "Profiling").

    app/lasttest/profil.py <recording>.jfr [top]

Reads the recording's execution samples (`jfr print --json --events jdk.ExecutionSample`; the JDK's `jfr` tool must be
on the PATH or in $JAVA_HOME/bin) and groups them by the request handler on the stack: the outermost method of a
se.tillit class whose name ends in Controller, Sida or Api (one line per page or use case), else "request, outside a
handler" for Tomcat's threads, by what is on the stack (the Camunda REST API, view rendering after the handler returned, the
login form, HTTP Basic, else the filters), else the thread's name. For each
group, in order of samples: what the samples were doing (database driver, template rendering, the engine, ...), the
methods most often on the stack (inclusive, once per sample) and the methods most often at its top (self). A sample is
one look at a running thread about every 10-20 ms (the profile settings), so shares, not times, are what it gives.
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys

HANDLER = re.compile(r"^se\.tillit\..*\.[A-Za-z]*(Controller|Sida|Api)$")
# what a sample was doing: the first rule whose package is on its stack, in this order
SLAG = [
    ("database driver (JDBC, PostgreSQL)", ("org.postgresql.", "com.zaxxer.hikari.")),
    ("template rendering (Thymeleaf)", ("org.thymeleaf.",)),
    ("password hashing (bcrypt)", ("org.springframework.security.crypto.bcrypt.",)),
    ("process engine (Camunda, its MyBatis)", ("org.camunda.", "org.apache.ibatis.")),
    ("JSON (Jackson)", ("com.fasterxml.jackson.",)),
    ("Tillit's own code", ("se.tillit.",)),
]
# the frames worth naming among the inclusive ones: our code, the engine's commands and evaluators, the driver's
# executions, password hashing, rendering (the rest is the container's and the frameworks' plumbing)
INTRESSANT = ("se.tillit.", "org.camunda.bpm.engine.impl.cmd.", "org.camunda.bpm.engine.impl.persistence.entity.",
              "org.camunda.bpm.engine.impl.bpmn.behavior.", "org.camunda.bpm.engine.impl.history.", "org.camunda.bpm.dmn.",
              "org.camunda.feel.", "org.camunda.bpm.engine.rest.", "org.camunda.bpm.engine.impl.form.",
              "org.springframework.security.crypto.", "org.springframework.security.authentication.",
              "org.springframework.web.servlet.DispatcherServlet.render", "org.thymeleaf.TemplateEngine.process",
              "org.thymeleaf.spring6.expression.", "org.springframework.context.support.AbstractMessageSource",
              "org.postgresql.jdbc.PgPreparedStatement.execute", "org.apache.ibatis.executor.")
# a request's samples outside a handler method, by what is on the stack, in this order
AUSSERHALB = [
    ("Camunda REST API (Jersey)", "org.camunda.bpm.engine.rest."),
    ("view rendering (after the handler returned)", "org.springframework.web.servlet.DispatcherServlet.render"),
    ("login form (password check)", "org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter"),
    ("HTTP Basic (password check)", "org.springframework.security.web.authentication.www.BasicAuthenticationFilter"),
]


def jfr_verktyg():
    hem = os.environ.get("JAVA_HOME")
    if hem and os.path.exists(os.path.join(hem, "bin", "jfr")):
        return os.path.join(hem, "bin", "jfr")
    verktyg = shutil.which("jfr")
    if verktyg:
        return verktyg
    java = os.path.realpath(shutil.which("java"))
    return os.path.join(os.path.dirname(java), "jfr")


def metod(ram):
    m = ram["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    fil = sys.argv[1]
    topp = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    ut = subprocess.run([jfr_verktyg(), "print", "--json", "--stack-depth", "400", "--events", "jdk.ExecutionSample", fil],
                        check=True, capture_output=True, text=True).stdout
    handelser = json.loads(ut)["recording"]["events"]
    grupper = collections.defaultdict(lambda: {"n": 0, "slag": collections.Counter(), "inkl": collections.Counter(),
                                              "sjalv": collections.Counter()})
    for h in handelser:
        v = h["values"]
        ramar = [metod(r) for r in (v.get("stackTrace") or {}).get("frames", []) if r.get("method")]
        if not ramar:
            continue
        trad = ((v.get("sampledThread") or {}).get("javaName") or "?")
        handlare = [m for m in ramar if HANDLER.match(m.rsplit(".", 1)[0])]
        if handlare:
            grupp = handlare[-1]
        elif trad.startswith("http-nio"):
            grupp = next((namn for namn, ram in AUSSERHALB if any(m.startswith(ram) for m in ramar)),
                         "request, outside a handler (filters, security, sessions)")
        else:
            grupp = "thread " + re.sub(r"[-#]?\d+$", "", trad)
        g = grupper[grupp]
        g["n"] += 1
        g["slag"][next((namn for namn, paket in SLAG if any(m.startswith(paket) for m in ramar)), "other")] += 1
        g["sjalv"][ramar[0]] += 1
        for m in set(ramar):
            if m.startswith(INTRESSANT) and not HANDLER.match(m.rsplit(".", 1)[0]):
                g["inkl"][m] += 1
    totalt = sum(g["n"] for g in grupper.values())
    print(f"{totalt} execution samples in {fil}\n")
    for namn, g in sorted(grupper.items(), key=lambda x: -x[1]["n"]):
        if g["n"] < max(5, totalt // 500):
            continue
        print(f"## {namn}: {g['n']} samples ({100 * g['n'] / totalt:.1f} %)")
        print("   doing: " + ", ".join(f"{s} {100 * n / g['n']:.0f} %" for s, n in g["slag"].most_common()))
        print("   on the stack (inclusive):")
        for m, n in g["inkl"].most_common(topp * 2):
            print(f"     {100 * n / g['n']:5.1f} %  {m}")
        print("   at the top (self):")
        for m, n in g["sjalv"].most_common(topp):
            print(f"     {100 * n / g['n']:5.1f} %  {m}")
        print()


if __name__ == "__main__":
    main()
