"""What the demo walks beside this file share (arkiv.py, statistik.py): a headless Chromium (1280×1000, Swedish), a
screenshot per page named <prefix>-NN-<name>.png with the page's HTTP statuses and console messages printed, and the
login, logout and submit steps of the house's forms. A status of 400 or more is collected in `fel`.

Use: from demovandring import Vandring; v = Vandring("arkiv", "http://localhost:8080"); v.logga_in("admin") ...
"""
import json
import pathlib
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

LOSENORD = "tillit-demo-2026"
UT = pathlib.Path(__file__).resolve().parent


class Vandring:

    def __init__(self, prefix, bas):
        self.prefix = prefix
        self.bas = bas
        self.nummer = 0
        self.fel = []
        alternativ = webdriver.ChromeOptions()
        alternativ.binary_location = "/usr/bin/chromium"
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--window-size=1280,1000", "--lang=sv-SE"):
            alternativ.add_argument(a)
        alternativ.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        self.d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=alternativ)
        self.d.implicitly_wait(3)

    def oppna(self, sokvag):
        self.d.get(self.bas + sokvag)

    def bild(self, namn, rubrik=None):
        """A screenshot of the page as it is (scrolled to the element with id `rubrik` if given)."""
        self.nummer += 1
        if rubrik:
            self.d.execute_script("document.getElementById(arguments[0]).scrollIntoView()", rubrik)
        fil = f"{self.prefix}-{self.nummer:02d}-{namn}.png"
        self.d.save_screenshot(str(UT / fil))
        statusar = [json.loads(p["message"])["message"]["params"]["response"]["status"]
                    for p in self.d.get_log("performance")
                    if '"Network.responseReceived"' in p["message"] and '"type":"Document"' in p["message"]]
        konsol = [k["message"] for k in self.d.get_log("browser")]
        if any(s >= 400 for s in statusar):
            self.fel.append(f"{namn}: {statusar}")
        print(f"{fil} | {self.d.current_url.replace(self.bas, '')} | {statusar} | {self.d.title}"
              + (" | " + " | ".join(konsol) if konsol else ""))

    def logga_in(self, anvandare):
        self.d.delete_all_cookies()
        self.oppna("/login")
        self.d.find_element(By.ID, "username").send_keys(anvandare)
        self.d.find_element(By.ID, "password").send_keys(LOSENORD)
        self.d.find_element(By.CSS_SELECTOR, "form.formular button[type='submit']").click()
        time.sleep(1)

    def logga_ut(self):
        # waits for the logout to be answered: deleting the cookies while it is sent gave a 403 (issue 17's walk)
        self.d.find_element(By.XPATH, "//form[contains(@action, '/logout')]//button").click()
        time.sleep(1)

    def klicka(self, text):
        self.d.find_element(By.XPATH, f"//button[@type='submit' and contains(normalize-space(.), '{text}')]").click()
        time.sleep(1)

    def hamta(self, adress):
        """A file the page links to, fetched with the browser's session."""
        return self.d.execute_script("return fetch(arguments[0]).then(r => r.text())", adress)

    def sluta(self):
        self.d.quit()
        print("FEL:" if self.fel else "every page answered below 400", self.fel)
