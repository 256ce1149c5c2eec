#!/usr/bin/python3
"""Issue 18 in the demo, walked in the browser: the administrator asks for a gallring proposal (made in the background),
approves it, and delivers one person's file to the e-archive on demand; the second administrator sees the approved
proposal; the auditor reads the deliveries. A screenshot of every page (arkiv-NN-*.png beside this file).

Start the demo first (README), then: /usr/bin/python3 docs/skarmbilder/arkiv.py [http://localhost:8080]
It does not confirm the proposal: that would destroy the demo's old files (the 2014 cost data).
"""
import sys
import time

from selenium.webdriver.common.by import By

from demovandring import Vandring

v = Vandring("arkiv", sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080")
d = v.d
BAS = v.bas
bild, logga_in, logga_ut, klicka = v.bild, v.logga_in, v.logga_ut, v.klicka


logga_in("admin")
d.get(BAS + "/admin/gallring")
bild("admin-gallring")
klicka("förslag nu")
bild("admin-forslag-startat")
for _ in range(30):
    d.get(BAS + "/admin/gallring")
    if not d.find_elements(By.ID, "forslag-pagar"):
        break
    time.sleep(2)
bild("admin-forslaget")
klicka("Godkänn")
bild("admin-godkant")
d.get(BAS + "/admin/arkiv")
bild("admin-arkiv")
d.find_element(By.ID, "leverera-personnummer").send_keys("19620830-9838")
d.find_element(By.ID, "leverera-skal").send_keys("Begäran från kommunarkivet om leverans av akten (demo)")
klicka("Leverera")
bild("admin-arkiv-levererad")
logga_ut()

logga_in("admin2")
d.get(BAS + "/admin/gallring")
bild("admin2-bekrafta")
logga_ut()

logga_in("revisor")
d.get(BAS + "/admin/arkiv")
bild("revisor-arkiv")
d.get(BAS + "/gallringsrapporter")
bild("revisor-gallringsrapporter")
v.sluta()
