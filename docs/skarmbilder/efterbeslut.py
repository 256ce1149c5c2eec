#!/usr/bin/python3
"""Issue 17's journeys after the decision, walked in the browser as the demo's users, a screenshot of every page.

Start the demo first (README), then: /usr/bin/python3 docs/skarmbilder/efterbeslut.py [http://localhost:8080]
Needs Debian's chromium, chromium-driver and python3-selenium. Writes efterbeslut-NN-*.png beside this file and, on
standard output, each page's address, HTTP status and anything in the browser's console. It uses the demo's LSS case
(Karl Demosson, ansökan at the assessment), so it runs once on fresh demo data.
"""
import datetime
import json
import pathlib
import re
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BAS = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
UT = pathlib.Path(__file__).resolve().parent
LOSENORD = "tillit-demo-2026"
IDAG = datetime.date.today().isoformat()
PERSONNUMMER = "19620830-9838"

alternativ = webdriver.ChromeOptions()
alternativ.binary_location = "/usr/bin/chromium"
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
          "--disable-background-networking", "--disable-sync", "--no-first-run", "--lang=sv-SE"):
    alternativ.add_argument(a)
alternativ.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=alternativ)
d.implicitly_wait(3)
nummer = 0


def vanta(villkor):
    try:
        WebDriverWait(d, 20, ignored_exceptions=(StaleElementReferenceException,)).until(villkor)
    except Exception:
        bild("avbrott")
        print(d.find_element(By.TAG_NAME, "main").text, file=sys.stderr)
        raise


def bild(namn, rubrik=None):
    """A screenshot of the page as it is now; the section headed rubrik (an id) scrolled to the top first."""
    global nummer
    nummer += 1
    if rubrik:
        d.execute_script("document.getElementById(arguments[0]).scrollIntoView()", rubrik)
    fil = UT / f"efterbeslut-{nummer:02d}-{namn}.png"
    d.save_screenshot(str(fil))
    statusar = [json.loads(p["message"])["message"]["params"]["response"] for p in d.get_log("performance")
                if '"Network.responseReceived"' in p["message"] and '"type":"Document"' in p["message"]]
    konsol = [k["message"] for k in d.get_log("browser")]
    print(fil.name, d.current_url.replace(BAS, ""), [s["status"] for s in statusar], d.title, *konsol, sep=" | ")


def oppna(sokvag, namn, rubrik=None):
    d.get(BAS + sokvag)
    bild(namn, rubrik)


def klicka(knapptext):
    d.find_element(By.XPATH, f"//button[@type='submit' and contains(normalize-space(.), '{knapptext}')]").click()


def vanta_pa(text):
    vanta(lambda dr: text in dr.find_element(By.TAG_NAME, "body").text)


def skriv(falt, text):
    d.find_element(By.ID, falt).send_keys(text)


def satt(falt, varde):
    d.execute_script("document.getElementById(arguments[0]).value = arguments[1];", falt, varde)


def valj(falt, varde):
    Select(d.find_element(By.ID, falt)).select_by_value(varde)


def kryssa(falt):
    d.find_element(By.CSS_SELECTOR, f"label[for='{falt}']").click()


def logga_in(anvandare):
    d.delete_all_cookies()
    d.get(BAS + "/login")
    d.find_element(By.ID, "username").send_keys(anvandare)
    d.find_element(By.ID, "password").send_keys(LOSENORD)
    d.find_element(By.CSS_SELECTOR, "form.formular button[type='submit']").click()
    vanta(lambda dr: "/login" not in dr.current_url)


def logga_ut():
    """Logs out and waits for the login page: deleting the cookies while the logout is sent made it a 403."""
    d.find_element(By.XPATH, "//form[contains(@action, '/logout')]//button").click()
    vanta(lambda dr: "/login" in dr.current_url)


def ta_uppgift(arendenummer, uppgift, namn):
    """The unit's task list, the row of the case's task, its button: the task's page."""
    oppna("/uppgifter?vy=enhetens", namn + "-lista")
    d.find_element(By.XPATH, f"//tr[.//a[text()='{arendenummer}'] and contains(., '{uppgift}')]//button").click()
    vanta(lambda dr: re.search(r"/uppgifter/[^?]+$", dr.current_url))
    bild(namn)


# --- the handläggare (LSS): the demo's ansökan through assessment and investigation to a favourable decision on
# korttidsvistelse (within the handläggare's delegation; bostad med särskild service is the chef's, delegation 3.1)
d.get(BAS + "/login")
bild("inloggning")
logga_in("handlaggare.lss")
bild("handlaggare-start")
d.find_element(By.LINK_TEXT, "Sök person eller ärende").click()
skriv("sok", PERSONNUMMER)
d.find_element(By.CSS_SELECTOR, "main form button").click()
bild("handlaggare-sok")
d.find_element(By.XPATH, "//main//a[contains(@href, '/personer/') or contains(@href, '/arenden/')]").click()
bild("handlaggare-person")
ARENDENUMMER = re.search(r"\d{4}-\d{6}", d.find_element(By.TAG_NAME, "main").text).group(0)

ta_uppgift(ARENDENUMMER, "Bedöm", "handlaggare-bedom")
kryssa("bedomning-0")
skriv("motivering", "Ansökan gäller insatser enligt LSS; utredning inleds.")
klicka("Slutför")
vanta_pa("Uppgiften är slutförd.")
bild("handlaggare-bedomd")

ta_uppgift(ARENDENUMMER, "Utreda", "handlaggare-utreda")
d.find_element(By.XPATH, "//main//a[contains(@href, '/utredningar/')]").click()
vanta(lambda dr: re.search(r"/utredningar/[0-9a-f-]+$", dr.current_url))
skriv("begaran", "Karl vill bo borta några dygn i månaden, och hans mor behöver avlösning.")
skriv("bakgrund", "Karl bor med sin mor, som ger honom stöd dygnet runt.")
skriv("enskildesSyn", "Karl vill prova på att bo på Solrosens korttidshem.")
skriv("bedomning", "Behovet av korttidsvistelse är styrkt: miljöombyte för Karl och avlösning för modern.")
valj("insatstyp0", "LSS_KORTTIDSVISTELSE")
valj("utfall0", "BIFALL")
skriv("motivering0", "Miljöombyte för Karl och avlösning för modern.")
klicka("Spara utkast")
vanta_pa("Utkastet är sparat som en ny version.")
bild("handlaggare-utredning")
satt("skickad", IDAG)
kryssa("satt-POST")
skriv("vad", "Utredningen med förslag till beslut.")
klicka("Kommunicera underlaget")
vanta(lambda dr: dr.find_elements(By.ID, "besvarad"))
satt("besvarad", IDAG)
skriv("sammanfattning", "Karl har inget att tillägga.")
klicka("Registrera svaret")
vanta_pa("Karl har inget att tillägga.")
klicka("Signera och slutför")
vanta_pa("Utredningen är signerad och slutförd.")
bild("handlaggare-utredning-signerad")

ta_uppgift(ARENDENUMMER, "Fatta beslut", "handlaggare-fatta-beslut")
d.find_element(By.XPATH, "//main//a[contains(@href, '/beslut/nytt')]").click()
vanta(lambda dr: "/beslut/nytt" in dr.current_url)
bild("handlaggare-beslut-nytt")
satt("beslut[0].giltigFrom", IDAG)
skriv("beslut[0].omfattning", "Fyra dygn per månad")
valj("beslut[0].utforare", "UTF-SOLROSEN")
valj("beslut[0].utforartyp", "EGEN_REGI")
satt("beslut[0].onskadStart", IDAG)
valj("beslut[0].individuellPlan", "MUNTLIGT_OCH_SKRIFTLIGT")
klicka("Fatta beslut")
vanta_pa("Beslutet är fattat och beslutsbrevet skrivet.")
bild("handlaggare-beslut-fattat")
ARENDE = re.search(r"/arenden/([0-9a-f-]{36})", d.current_url).group(1)
d.find_element(By.XPATH, "//table//a[contains(@href, '/beslut/') and contains(., 'Korttidsvistelse')]").click()
vanta(lambda dr: re.search(r"/beslut/[0-9a-f-]{36}$", dr.current_url))
BESLUT = d.current_url.rsplit("/", 1)[1]
bild("handlaggare-beslut")
satt("delgivningsdatum", IDAG)
kryssa("delgivningssatt-POST")
klicka("Registrera delgivningen")
vanta_pa("Delgivningen är registrerad.")
bild("handlaggare-delgivet")
logga_ut()

# --- the provider: the order, accepted and started, and the genomförandeplan written with Karl
logga_in("utforare")
bild("utforare-start")
d.find_element(By.LINK_TEXT, "Beställningar").click()
bild("utforare-bestallningar")
d.find_element(By.XPATH, f"//tr[contains(., '{PERSONNUMMER}')]//a[contains(@href, '/bestallningar/')]").click()
vanta(lambda dr: re.search(r"/bestallningar/[0-9a-f-]{36}$", dr.current_url))
bild("utforare-bestallning-ny")
klicka("Acceptera beställningen")
vanta_pa("Beställningen är accepterad.")
bild("utforare-bestallning-accepterad", "rubrik-lage")
satt("start-verkstalld", IDAG)
klicka("Rapportera start")
vanta_pa("Starten är rapporterad.")
bild("utforare-bestallning-startad", "rubrik-lage")
d.find_element(By.LINK_TEXT, "Skriv eller läs genomförandeplanen").click()
vanta_pa("Ingen genomförandeplan är fastställd ännu.")
bild("utforare-genomforandeplan-ny")
skriv("plan-genomforande", "Karl bor på Solrosens korttidshem fyra dygn i månaden. Mål: laga frukost själv inom tre månader. "
                           "Kontaktman Sara; uppföljning med Karl varje kvartal.")
kryssa("plan-deltog-JA")
kryssa("plan-hur-SAMTAL")
kryssa("plan-hur-MOTE")
satt("plan-faststalld", IDAG)
satt("plan-foljsUpp", (datetime.date.today() + datetime.timedelta(days=91)).isoformat())
klicka("Fastställ planen")
vanta_pa("Genomförandeplanen är fastställd.")
bild("utforare-genomforandeplan")
logga_ut()

# --- the handläggare: the case page after the decision, and the follow-up reached from it
logga_in("handlaggare.lss")
oppna(f"/arenden/{ARENDE}", "handlaggare-arende-efter-beslutet", "rubrik-efter-beslutet")
bild("handlaggare-arende-genomforandeplan", "rubrik-genomforandeplaner")
d.find_element(By.XPATH, "//section[.//h2[@id='rubrik-efter-beslutet']]//a[contains(@href, '/uppgifter/')]").click()
vanta(lambda dr: re.search(r"/uppgifter/[^/?]+$", dr.current_url))
bild("handlaggare-uppfoljning")
klicka("Ta uppgiften")
vanta_pa("Resultat av uppföljningen")
kryssa("resultat-0")
skriv("anteckning", "Karl trivs på korttidshemmet; insatsen fortsätter oförändrad.")
bild("handlaggare-uppfoljning-tagen")
klicka("Slutför uppgiften")
vanta_pa("Uppgiften är slutförd.")
bild("handlaggare-uppfoljning-klar")
oppna(f"/arenden/{ARENDE}", "handlaggare-arende-uppfoljt", "rubrik-efter-beslutet")
logga_ut()

# --- the chef: what is late, and the overview
logga_in("chef.lss")
bild("chef-start")
oppna("/forsenat", "chef-forsenat")
listor = [a.get_attribute("href") for a in d.find_elements(By.XPATH, "//main//a[contains(@href, '/forsenat/lista')]")]
if listor:
    d.get(listor[0])
    bild("chef-forsenat-lista")
oppna("/uppgifter?vy=enhetens", "chef-enhetens-uppgifter")
oppna("/nyckeltal", "chef-nyckeltal")
oppna(f"/arenden/{ARENDE}", "chef-arende", "rubrik-efter-beslutet")
logga_ut()

# --- the auditor: the case's history
logga_in("revisor")
bild("revisor-start")
oppna("/revision", "revisor-revision")
skriv("sok", ARENDENUMMER)
d.find_element(By.CSS_SELECTOR, "main form button").click()
bild("revisor-sok")
d.find_element(By.XPATH, f"//main//a[text()='{ARENDENUMMER}']").click()
vanta(lambda dr: "/revision/arenden/" in dr.current_url)
bild("revisor-historik")
d.execute_script("window.scrollTo(0, document.body.scrollHeight)")
bild("revisor-historik-slut")
d.quit()
