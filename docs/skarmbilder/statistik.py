#!/usr/bin/python3
"""Issue 19 in the demo, walked in the browser: Socialstyrelsen's LSS file for 2014 (the demo's executed LSS insatser)
taken out by the administrator, the errors it lists fixed on the decisions' pages by the LSS handläggare, the file
taken out again, downloaded and registered as submitted (frozen); the LSS chef reading the year's and the month's
counts; the chef's indicators drawn as a chart and exported in Kolada's format; the API's documentation as the
administrator reads it. A screenshot of every page (walk-NN-*.png beside this file, named statistik-demo-NN-*.png).

Start the demo first (README), then: /usr/bin/python3 docs/skarmbilder/statistik.py [http://localhost:8080]
It submits the 2014 LSS file, which freezes it in that demo database.
"""
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from demovandring import Vandring

v = Vandring("statistik-demo", sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080")
d = v.d
BAS = v.bas
bild, logga_in, logga_ut, klicka = v.bild, v.logga_in, v.logga_ut, v.klicka


LSS_2014 = BAS + "/statistik?insamling=LSS&period=2014"

# The administrator takes out the 2014 LSS file: the demo's decisions lack the LSS register's data. An
# administrator reads no case, so the errors name the cases without links.
logga_in("admin")
d.get(LSS_2014)
bild("admin-lss-2014")
klicka("Ta fram filen nu")
bild("admin-lss-2014-med-fel", "fel-rubrik")
logga_ut()

# The LSS chef sees the same errors, each linked to the decision in the chef's own units
logga_in("chef.lss")
d.get(LSS_2014)
bild("chef-lss-2014-med-fel", "fel-rubrik")
beslut = sorted({a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "#fel-rubrik ~ ul a")})
print("decisions to complete:", len(beslut))
if not beslut:
    v.fel.append("the chef sees no decision to complete")
logga_ut()

# The LSS handläggare completes each decision's data on its page
logga_in("handlaggare.lss")
for i, adress in enumerate(beslut):
    d.get(adress)
    Select(d.find_element(By.ID, "personkrets")).select_by_value("1")
    boende = d.find_elements(By.ID, "boendeform")
    if boende:
        Select(boende[0]).select_by_index(1)
        if i == 0:  # one housing in another municipality (Solna, 0184)
            d.find_element(By.ID, "boendekommun").send_keys("0184")
    if i == 0:
        bild("handlaggare-beslut-lss-uppgifter", "rubrik-lss-statistik")
    klicka("Spara uppgifterna")
    if i == 0:
        bild("handlaggare-beslut-sparat", "rubrik-lss-statistik")
logga_ut()

# The administrator takes the file out again, downloads it and registers the submission
logga_in("admin")
d.get(LSS_2014)
klicka("Ta fram filen nu")
bild("admin-lss-2014-kontrollerad")
lank = d.find_elements(By.ID, "ladda-ner")
if lank:
    innehall = v.hamta(lank[0].get_attribute("href"))
    print("the file:\n" + innehall)
    d.find_element(By.ID, "kvittens").send_keys("SOS-LSS-2014-DEMO")
    klicka("Registrera inlämningen")
    bild("admin-lss-2014-inlamnad")
else:
    v.fel.append("no download link: the file still has errors")
d.get(BAS + "/dokumentation/api")
time.sleep(3)
bild("admin-api-dokumentation")
d.get(BAS + "/")
logga_ut()

# The LSS chef reads the year's counts and the month's SoL file, then the indicators
logga_in("chef.lss")
d.get(LSS_2014)
bild("chef-lss-2014", "antal-rubrik")
d.get(BAS + "/statistik")
bild("chef-sol-manad")
d.get(BAS + "/nyckeltal?enhet=LSS&fran=2014-06-01&tom=2014-06-30")
time.sleep(2)
bild("chef-nyckeltal")
diagram = d.find_elements(By.CSS_SELECTOR, "canvas")
if diagram:
    d.execute_script("arguments[0].scrollIntoView()", diagram[0])
    bild("chef-nyckeltal-diagram")
kolada = d.find_elements(By.XPATH, "//a[contains(@href, '/api/nyckeltal/kolada')]")
if kolada:
    print("Kolada export:", v.hamta(kolada[0].get_attribute("href"))[:600])
else:
    v.fel.append("no Kolada link on the nyckeltal page")
logga_ut()
v.sluta()
