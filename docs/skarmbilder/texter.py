"""Issue 20 walked in the demo: the texts that moved out of Java reach the pages as Swedish sentences, not keys; the
performed-time import names a broken CSV line; the CSV downloads carry the byte order mark and decimal commas that a
Swedish Excel needs. Run against a demo on http://localhost:8080: python3 docs/skarmbilder/texter.py
"""
import re
import sys
import tempfile

from selenium.webdriver.common.by import By

from demovandring import Vandring

NYCKEL = re.compile(r"\b[a-z]+\.(fel|[a-z]+Fel)\.[A-Za-z0-9.]+\b|\?\?[a-zA-Z.]+\?\?")

v = Vandring("texter", sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080")
vantade_400 = []


def inga_nycklar(namn):
    text = v.d.find_element(By.TAG_NAME, "main").text
    traffar = NYCKEL.findall(text) and NYCKEL.search(text).group(0)
    if traffar:
        v.fel.append(f"{namn}: a message key on the page: {traffar}")
    return text


# 1. The handläggare registers an aktualisering with nothing filled in: each field's error in Swedish (fel.* keys
#    resolved by Feltexter), the page answers 400 and keeps what was typed.
v.logga_in("handlaggare.lss")
v.oppna("/aktualiseringar/ny")
v.bild("aktualisering-ny")
v.klicka("Registrera")
v.bild("aktualisering-fel")
vantade_400.append("aktualisering-fel")
text = inga_nycklar("aktualisering-fel")
print("  errors shown:", [rad for rad in text.splitlines() if "saknas" in rad or "Välj" in rad or "Ange" in rad][:6])
v.logga_ut()

# 2. The administrator imports performed hours: a file whose second line leaves a quote open is refused with the line
#    named (Apache Commons CSV), nothing imported; then a file whose header is wrong.
v.logga_in("admin")
v.oppna("/kostnader?manad=2014-03")
v.bild("kostnader-admin")
for namn, innehall in (("import-citat", 'personnummer;insats;manad;timmar\r\n"19780214-9810";"LSS_PERSONLIG_ASSISTANS";"2014-03";"12,5\r\n'),
                       ("import-rubrik", 'personnr,insats,manad,timmar\r\n19780214-9810,LSS_PERSONLIG_ASSISTANS,2014-03,12\r\n')):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as fil:
        fil.write(innehall)
    v.oppna("/kostnader?manad=2014-03")
    v.d.find_element(By.ID, "fil").send_keys(fil.name)
    v.klicka("Importera")
    fel = v.d.find_element(By.CSS_SELECTOR, "div.fel[role='alert']")
    v.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", fel)
    v.bild(namn)
    vantade_400.append(namn)
    inga_nycklar(namn)
    print("  import says:", fel.text.replace("\n", " | "))
v.logga_ut()

# 3. The chef downloads the month's costs: the first bytes are UTF-8's byte order mark, amounts have decimal commas.
v.logga_in("chef.lss")
v.oppna("/kostnader?manad=2014-03")
v.bild("kostnader-chef")
borjan = v.d.execute_script(
    "return fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => Array.from(new Uint8Array(b.slice(0, 3))))",
    "/kostnader.csv?manad=2014-03&detalj=true")
csv = v.hamta("/kostnader.csv?manad=2014-03&detalj=true")
print("  first bytes:", borjan, "(EF BB BF is the byte order mark)")
print("  " + "\n  ".join(csv.splitlines()[:3]))
if borjan != [0xEF, 0xBB, 0xBF]:
    v.fel.append("kostnader.csv: no byte order mark")
if not re.search(r'"\d+,\d{2}"', csv):
    v.fel.append("kostnader.csv: no decimal comma")
v.oppna("/nyckeltal")
v.bild("nyckeltal-chef")
v.logga_ut()

# the refused submits answer 400 by design (refused writes never redirect); any other status of 400 or more is a defect
v.fel = [f for f in v.fel if f.split(":")[0] not in vantade_400 or "key" in f]
v.sluta()
