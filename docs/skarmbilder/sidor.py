#!/usr/bin/python3
"""Issue 20's change to the pages, walked as their users: every form step now takes what was sent as one parameter
(ADR 33), the person is masked in one place (person.Personvy), and the admin, log and search pages share fragments.
The walk takes a step that is refused (400, the form again with its error) and one that is done (a redirect with
its message) on the pages the change touched, as the administrator, the chef, the revisor and the handläggare.

Start the demo first (README), then: /usr/bin/python3 docs/skarmbilder/sidor.py [http://localhost:8080]
Writes sidor-NN-*.png beside this file and prints each page's address, HTTP statuses and console messages.
"""
import sys
import time

from selenium.webdriver.common.by import By

from demovandring import Vandring

BAS = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
v = Vandring("sidor", BAS)


def skicka_formular(action_innehaller):
    """Submits the form whose action contains the text, as it is (its fields left as they are)."""
    v.d.find_element(By.XPATH, f"//form[contains(@action, '{action_innehaller}')]//button[@type='submit']").click()
    time.sleep(1)


def vid_formularet(action_innehaller):
    """Scrolls to the form, so that the screenshot shows its fields and their errors."""
    formular = v.d.find_element(By.XPATH, f"//form[contains(@action, '{action_innehaller}')]")
    v.d.execute_script("arguments[0].scrollIntoView()", formular)


try:
    # The administrator: an account's page, a refused step (an external id without a reason), then the step done
    v.logga_in("admin")
    v.oppna("/admin/konton")
    v.bild("admin-konton")
    v.oppna("/admin/konton/handlaggare.lss")
    v.bild("admin-konto")
    # an external id without the reason the log needs: refused, the form again with the error by its field
    v.d.find_element(By.XPATH, "//form[contains(@action, '/externt-id')]//input[@name='externtId']").send_keys(
        "demo-4711")
    skicka_formular("/externt-id")
    vid_formularet("/externt-id")
    v.bild("admin-konto-externt-id-utan-skal")
    v.d.find_element(By.XPATH, "//form[contains(@action, '/externt-id')]//input[@name='externtId']").clear()
    v.d.find_element(By.XPATH, "//form[contains(@action, '/externt-id')]//input[@name='externtId']").send_keys(
        "demo-4711")
    v.d.find_element(By.XPATH, "//form[contains(@action, '/externt-id')]//textarea[@name='orsak']").send_keys(
        "Demovandring: kontot kopplas till kommunens katalog")
    skicka_formular("/externt-id")
    v.bild("admin-konto-externt-id-satt")
    v.oppna("/admin/konton/ny")
    v.bild("admin-konto-ny")
    skicka_formular("/admin/konton/ny")
    vid_formularet("/admin/konton/ny")
    v.bild("admin-konto-ny-tomt")
    # a unit: the status step and the history, now shared fragments; deactivation refused without a reason
    v.oppna("/admin/enheter/LSS")
    v.bild("admin-enhet")
    skicka_formular("/inaktivering")
    vid_formularet("/inaktivering")
    v.bild("admin-enhet-inaktivering-utan-skal")
    v.oppna("/admin/gallring")
    v.bild("admin-gallring")
    v.logga_ut()

    # The chef: the unit's access log with its filter (a shared fragment)
    v.logga_in("chef.lss")
    v.oppna("/atkomstlogg")
    v.bild("chef-atkomstlogg")
    v.logga_ut()

    # The revisor: the access log across units, the same filter
    v.logga_in("revisor")
    v.oppna("/revision/atkomst")
    v.bild("revisor-atkomst")
    v.logga_ut()

    # The handläggare: search, a person (Personvy), a case, its closing form refused without a reason
    v.logga_in("handlaggare.lss")
    v.oppna("/sok")
    v.bild("handlaggare-sok")
    v.d.find_element(By.ID, "sok").send_keys(
        "Demosson")
    v.d.find_element(By.XPATH, "//form[contains(@action, '/sok')]//button[@type='submit']").click()
    time.sleep(1)
    v.bild("handlaggare-sokresultat")
    lankar = v.d.find_elements(By.XPATH, "//a[contains(@href, '/personer/')]")
    if lankar:
        lankar[0].click()
        time.sleep(1)
        v.bild("handlaggare-person")
    arenden = v.d.find_elements(By.XPATH, "//a[contains(@href, '/arenden/')]")
    if arenden:
        adress = arenden[0].get_attribute("href")
        v.d.get(adress)
        time.sleep(1)
        v.bild("handlaggare-arende")
        v.d.get(adress.rstrip("/") + "/avslut")
        time.sleep(1)
        v.bild("handlaggare-avslut")
        skicka_formular("/avslut")
        vid_formularet("/avslut")
        v.bild("handlaggare-avslut-utan-orsak")
    v.logga_ut()
finally:
    v.sluta()
