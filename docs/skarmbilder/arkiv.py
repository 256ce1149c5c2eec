#!/usr/bin/python3
"""Issue 18 in the demo, walked in the browser: the administrator asks for a gallring proposal (made in the background),
approves it, and delivers one person's file to the e-archive on demand; the second administrator sees the approved
proposal; the auditor reads the deliveries. A screenshot of every page (arkiv-NN-*.png beside this file).

Start the demo first (README), then: /usr/bin/python3 docs/skarmbilder/arkiv.py [http://localhost:8080]
It does not confirm the proposal: that would destroy the demo's old files (the 2014 cost data).
"""
import json
import pathlib
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

BAS = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
UT = pathlib.Path(__file__).resolve().parent
LOSENORD = "tillit-demo-2026"

alternativ = webdriver.ChromeOptions()
alternativ.binary_location = "/usr/bin/chromium"
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
          "--lang=sv-SE"):
    alternativ.add_argument(a)
alternativ.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=alternativ)
d.implicitly_wait(3)
nummer = 0


def bild(namn, rubrik=None):
    global nummer
    nummer += 1
    if rubrik:
        d.execute_script("document.getElementById(arguments[0]).scrollIntoView()", rubrik)
    d.save_screenshot(str(UT / f"arkiv-{nummer:02d}-{namn}.png"))
    statusar = [json.loads(p["message"])["message"]["params"]["response"]["status"] for p in d.get_log("performance")
                if '"Network.responseReceived"' in p["message"] and '"type":"Document"' in p["message"]]
    konsol = [k["message"] for k in d.get_log("browser")]
    print(f"arkiv-{nummer:02d}-{namn}.png | {d.current_url.replace(BAS, '')} | {statusar} | {d.title}"
          + (" | " + " | ".join(konsol) if konsol else ""))


def logga_in(anvandare):
    d.delete_all_cookies()
    d.get(BAS + "/login")
    d.find_element(By.ID, "username").send_keys(anvandare)
    d.find_element(By.ID, "password").send_keys(LOSENORD)
    d.find_element(By.CSS_SELECTOR, "form.formular button[type='submit']").click()
    time.sleep(1)


def logga_ut():
    d.find_element(By.XPATH, "//form[contains(@action, '/logout')]//button").click()
    time.sleep(1)


def klicka(text):
    d.find_element(By.XPATH, f"//button[@type='submit' and contains(normalize-space(.), '{text}')]").click()
    time.sleep(1)


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
d.quit()
