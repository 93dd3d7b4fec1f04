/**
 * Everyday words of care texts with their translations: body, daily living,
 * home, time, people, actions and states, as tight synonym sets (one meaning
 * each), so that a Danish "hænder" meets an English "hands" and a Dutch
 * "opstaan" an English "get up". The topical concepts are in
 * `care-lexicon.ts`; these are finer and many, which keeps them
 * discriminating (IDF does the rest).
 *
 * Written from general language and domain knowledge, not from any dataset.
 * One line per concept: `id | en | da | nl | fr | sv | de | no`, words and
 * phrases separated by commas, base forms (the matcher stems).
 */
const TABLE = `
arm | arm, arms, shoulder, shoulders, elbow, wrist | arm, arme, skulder, skuldre, albue, håndled | arm, armen, schouder, schouders, elleboog, pols | bras, épaule, épaules, coude, poignet | arm, armar, axel, axlar, armbåge, handled | arm, arme, schulter, schultern, ellbogen, handgelenk | arm, armer, skulder, skuldre, albue, håndledd
back | back, spine, lower back | ryg, ryggen, rygsøjle, lænd | rug, ruggengraat, onderrug | dos, colonne vertébrale, lombaires | rygg, ryggen, ryggrad, ländrygg | rücken, wirbelsäule | rygg, ryggen, ryggrad, korsrygg
head-face | head, face, eyes, eye, mouth, ears, ear | hoved, ansigt, øjne, øje, mund, ører, øre | hoofd, gezicht, ogen, oog, mond, oren, oor | tête, visage, yeux, œil, bouche, oreilles, oreille | huvud, ansikte, ögon, öga, mun, öron, öra | kopf, gesicht, augen, auge, mund, ohren, ohr | hode, ansikt, øyne, øye, munn, ører, øre
skin | skin, redness, red marks, bruise, bruises, itching | hud, rødme, rødmen, mærker, blå mærker, kløe | huid, roodheid, rode plekken, blauwe plekken, jeuk | peau, rougeur, rougeurs, ecchymose, bleus, démangeaisons | hud, rodnad, blåmärken, klåda | haut, rötung, rötungen, blaue flecken, juckreiz | hud, rødme, blåmerker, kløe
breath | breath, breathing, breathless, short of breath, cough, coughing | ånde, vejrtrækning, forpustet, åndenød, hoste, hoster | adem, ademhaling, buiten adem, kortademig, hoest, hoesten | souffle, respiration, essoufflé, toux, tousser | andning, andfådd, andnöd, hosta, hostar | atem, atmung, kurzatmig, atemnot, husten | pust, pusting, tungpust, andpusten, hoste, hoster
urine-bowel | bowel, constipation, stool, urinary tract infection, catheter, stoma | tarm, forstoppelse, afføring, urinvejsinfektion, kateter, stomi | darm, obstipatie, verstopping, ontlasting, urineweginfectie, katheter, stoma | intestin, constipation, selles, infection urinaire, sonde urinaire, cathéter, stomie | tarm, förstoppning, avföring, urinvägsinfektion, kateter, stomi | darm, verstopfung, stuhlgang, harnwegsinfekt, katheter, stoma | tarm, forstoppelse, avføring, urinveisinfeksjon, kateter, stomi
fever-infection | fever, temperature, pneumonia, sepsis, antibiotics, vaccination | feber, temperatur, lungebetændelse, sepsis, antibiotika, vaccination | koorts, temperatuur, longontsteking, sepsis, antibiotica, vaccinatie | fièvre, température, pneumonie, sepsis, antibiotiques, vaccination | feber, temperatur, lunginflammation, sepsis, antibiotika, vaccination | fieber, temperatur, lungenentzündung, sepsis, antibiotika, impfung | feber, temperatur, lungebetennelse, sepsis, antibiotika, vaksinasjon
kidney | kidney, kidneys, renal, dialysis | nyre, nyrer, dialyse | nier, nieren, dialyse | rein, reins, rénal, dialyse | njure, njurar, dialys | niere, nieren, dialyse | nyre, nyrer, dialyse
injection | injection, injections, inject, syringe, needle, infusion, drip | injektion, injektioner, sprøjte, kanyle, infusion, drop | injectie, injecties, spuit, naald, infuus | injection, injections, seringue, aiguille, perfusion | injektion, injektioner, spruta, nål, infusion, dropp | injektion, spritze, nadel, infusion, tropf | injeksjon, injeksjoner, sprøyte, nål, infusjon, drypp
tiredness | tired, tiredness, fatigue, exhausted, drowsy, energy | træt, træthed, udmattet, døsig, energi, overskud | moe, vermoeid, vermoeidheid, uitgeput, suf, energie | fatigue, fatigué, épuisé, somnolent, énergie | trött, trötthet, utmattad, dåsig, energi, ork | müde, müdigkeit, erschöpft, schläfrig, energie | trøtt, trøtthet, utmattet, døsig, energi, overskudd

sit-chair | sit, sitting, seated, chair, chairs, armchair, sofa | sidde, sidder, siddende, stol, stole, lænestol, sofa | zitten, zit, stoel, stoelen, fauteuil, leunstoel, bank | assis, s'asseoir, chaise, chaises, fauteuil, canapé | sitta, sitter, sittande, stol, stolar, fåtölj, soffa | sitzen, sitzt, stuhl, stühle, sessel, sofa | sitte, sitter, sittende, stol, stoler, lenestol, sofa
dress | dress, dressing, get dressed, undress, clothes, clothing, shoes, buttons, zip | påklædning, klæde sig på, klæde af, tøj, sko, knapper, lynlås | aankleden, uitkleden, kleding, kleren, schoenen, knopen, rits | habiller, s'habiller, déshabiller, vêtements, chaussures, boutons, fermeture éclair | klä på sig, klä av sig, påklädning, kläder, skor, knappar, dragkedja | anziehen, ausziehen, ankleiden, kleidung, schuhe, knöpfe, reißverschluss | kle på seg, kle av seg, påkledning, klær, sko, knapper, glidelås
eat-drink | eat, eating, drink, drinking, meal, breakfast, lunch, dinner, cup, glass, plate, cutlery | spise, drikke, måltid, morgenmad, frokost, aftensmad, middag, kop, glas, tallerken, bestik | eten, drinken, maaltijd, ontbijt, lunch, avondeten, kopje, beker, glas, bord, bestek | manger, boire, repas, petit-déjeuner, déjeuner, dîner, tasse, verre, assiette, couverts | äta, dricka, måltid, frukost, lunch, middag, kopp, glas, tallrik, bestick | essen, trinken, mahlzeit, frühstück, mittagessen, abendessen, tasse, glas, teller, besteck | spise, drikke, måltid, frokost, lunsj, middag, kopp, glass, tallerken, bestikk
cook-kitchen | cook, cooking, kitchen, stove, oven, fridge, refrigerator, microwave | lave mad, madlavning, køkken, komfur, ovn, køleskab, mikroovn | koken, keuken, fornuis, oven, koelkast, magnetron | cuisiner, cuisine, cuisinière, four, réfrigérateur, frigo, micro-ondes | laga mat, matlagning, kök, spis, ugn, kylskåp, mikrovågsugn | kochen, küche, herd, ofen, kühlschrank, mikrowelle | lage mat, matlaging, kjøkken, komfyr, ovn, kjøleskap, mikrobølgeovn
wash-shower | wash, washing, shower, showering, bath, bathe, hair, teeth | vaske, vask, bad, bade, brusebad, hår, tænder | wassen, douchen, douche, bad, baden, haar, tanden | laver, se laver, douche, bain, cheveux, dents | tvätta, dusch, duscha, bad, bada, hår, tänder | waschen, duschen, dusche, baden, haare, zähne | vaske, dusj, dusje, bad, bade, hår, tenner
clean-house | cleaning, housework, laundry, vacuum, tidy, dust | rengøring, husarbejde, tøjvask, støvsuge, oprydning, støv | schoonmaken, huishouden, was, wasgoed, stofzuigen, opruimen, stof | ménage, lessive, linge, aspirateur, ranger, poussière | städning, hushållsarbete, tvätt, dammsuga, städa, damm | putzen, hausarbeit, wäsche, staubsaugen, aufräumen, staub | rengjøring, husarbeid, klesvask, støvsuge, rydde, støv
shopping | shopping, groceries, shop, supermarket, buy, purchase | indkøb, handle, dagligvarer, butik, supermarked, købe | boodschappen, winkelen, winkel, supermarkt, kopen | courses, achats, magasin, supermarché, acheter | handla, inköp, matvaror, butik, affär, köpa | einkaufen, einkäufe, lebensmittel, geschäft, supermarkt, kaufen | handle, innkjøp, dagligvarer, butikk, butikken, kjøpe
money | money, payment, pay, bank, bills, finances, cash | penge, betaling, betale, bank, regninger, økonomi, kontanter | geld, betaling, betalen, bank, rekeningen, financiën, contant | argent, paiement, payer, banque, factures, finances, espèces | pengar, betalning, betala, bank, räkningar, ekonomi, kontanter | geld, zahlung, bezahlen, bank, rechnungen, finanzen, bargeld | penger, betaling, betale, bank, regninger, økonomi, kontanter

room | room, rooms, bedroom, apartment, flat, corridor, common room, living room | værelse, værelser, stue, soveværelse, lejlighed, gang, fællesrum, opholdsstue | kamer, kamers, slaapkamer, appartement, gang, gemeenschappelijke ruimte, huiskamer, woonkamer | chambre, chambres, pièce, appartement, couloir, salle commune, salon | rum, rummet, sovrum, lägenhet, korridor, allrum, dagrum, vardagsrum | zimmer, schlafzimmer, wohnung, flur, gemeinschaftsraum, aufenthaltsraum, wohnzimmer | rom, rommet, soverom, leilighet, korridor, fellesrom, oppholdsrom, stue
window-wall | window, windows, wall, walls, ceiling, floor plan | vindue, vinduer, væg, vægge, loft, loftet | raam, ramen, venster, muur, muren, wand, plafond | fenêtre, fenêtres, mur, murs, paroi, plafond | fönster, vägg, väggar, tak, taket | fenster, wand, wände, decke, zimmerdecke | vindu, vinduer, vegg, vegger, tak, taket
garden-outdoors | garden, outdoors, outside, outdoor, street, walk outside, fresh air, nature | have, haven, udendørs, udenfor, gade, gåtur, frisk luft, natur | tuin, buiten, buitenlucht, straat, wandeling, frisse lucht, natuur | jardin, dehors, extérieur, rue, promenade, air frais, nature | trädgård, utomhus, ute, gata, promenad, frisk luft, natur | garten, draußen, im freien, straße, spaziergang, frische luft, natur | hage, utendørs, ute, gate, gåtur, frisk luft, natur
car-transport | car, cars, drive, driving, bus, taxi, travel, journey, transport to | bil, biler, køre, kørsel, bus, taxa, rejse, transport | auto, auto's, rijden, bus, taxi, reizen, reis, vervoer | voiture, voitures, conduire, bus, taxi, voyage, trajet, déplacement | bil, bilar, köra, körning, buss, taxi, resa, resor | auto, autos, fahren, bus, taxi, reise, fahrt | bil, biler, kjøre, kjøring, buss, taxi, reise
key-lock | key, keys, key box, keyless, electronic lock, smart lock, door opener | nøgle, nøgler, nøgleboks, nøglefri, elektronisk lås, digital lås, døråbner | sleutel, sleutels, sleutelkluis, sleutelloos, elektronisch slot, digitaal slot, deuropener | clé, clés, boîte à clés, sans clé, serrure électronique, serrure connectée, ouvre-porte | nyckel, nycklar, nyckelfri, nyckelfritt, elektroniskt lås, digitalt lås, dörröppnare | schlüssel, schlüsselbox, schlüssellos, elektronisches schloss, türöffner | nøkkel, nøkler, nøkkelboks, nøkkelfri, elektronisk lås, digital lås, døråpner
furniture-aids | handrail, grab bar, bed rail, ramp, threshold, stairlift | gelænder, støttehåndtag, sengehest, rampe, dørtrin, trappelift | leuning, handgreep, bedhek, oprijplaat, drempel, traplift | rampe d'appui, barre d'appui, barrière de lit, rampe, seuil, monte-escalier | ledstång, stödhandtag, sänggrind, ramp, tröskel, trapphiss | handlauf, haltegriff, bettgitter, rampe, türschwelle, treppenlift | rekkverk, støttehåndtak, sengehest, rampe, terskel, trappeheis

weekend-holiday | weekend, weekends, holiday, holidays | weekend, weekender, ferie, helligdage | weekend, weekenden, vakantie, feestdagen | week-end, week-ends, vacances, jours fériés | helg, helger, semester, helgdagar | wochenende, urlaub, feiertage | helg, helger, ferie, helligdager

resident | resident, residents | beboer, beboere, beboerne | bewoner, bewoners | résident, résidents | boende, brukare | bewohner, bewohnerin, bewohnerinnen | beboer, beboere, beboerne
patient | patient, patients | patient, patienter, patienten | patiënt, patiënten | patient, patients, patiente | patient, patienter, patienten | patient, patienten, patientin | pasient, pasienter, pasienten
citizen | citizen, citizens, service users, clients | borger, borgere, borgeren, brugere | burger, burgers, cliënt, cliënten | usager, usagers, bénéficiaires | medborgare, invånare, brukare, klienter | bürger, klient, klienten, leistungsempfänger | innbygger, innbyggere, brukere, tjenestemottaker
volunteer | volunteer, volunteers, voluntary | frivillig, frivillige | vrijwilliger, vrijwilligers | bénévole, bénévoles | volontär, volontärer, frivillig, frivilliga | ehrenamtlich, ehrenamtliche, freiwillige | frivillig, frivillige
pharmacist-pharmacy | pharmacy, pharmacist, pharmacists | apotek, apoteker, farmaceut | apotheek, apotheker | pharmacie, pharmacien | apotek, apotekare, farmaceut | apotheke, apotheker | apotek, farmasøyt
therapist | therapist, therapists, physiotherapist, occupational therapist | terapeut, terapeuter, fysioterapeut, ergoterapeut | therapeut, therapeuten, fysiotherapeut, ergotherapeut | thérapeute, kinésithérapeute, ergothérapeute | terapeut, fysioterapeut, arbetsterapeut | therapeut, physiotherapeut, ergotherapeut | terapeut, fysioterapeut, ergoterapeut
manager | manager, managers, management, leader, leaders | leder, ledere, ledelse, chef | manager, leidinggevende, management, directie | responsable, cadre, cadres, direction, manager | chef, chefer, ledning, ledare | leitung, führungskraft, management, leiter | leder, ledere, ledelse, sjef

forget | forget, forgets, forgetting, forgotten, forgetful | glemme, glemmer, glemt, glemsom | vergeten, vergeet, vergeetachtig | oublier, oublie, oubli, oublié | glömma, glömmer, glömt, glömsk | vergessen, vergisst, vergesslich | glemme, glemmer, glemt, glemsk
remember | remember, remembering, recall | huske, husker | onthouden, herinneren | se souvenir, se rappeler | komma ihåg, minnas | sich erinnern, merken | huske, husker
press-button | press, pressing, button, buttons, push button, pull cord | trykke, trykker, knap, knapper, snor | drukken, drukt, knop, knoppen, trekkoord | appuyer, appuie, bouton, boutons, cordon | trycka, trycker, knapp, knappar, dragsnöre | drücken, drückt, knopf, taste, zugschnur | trykke, trykker, knapp, knapper, snor
wear | wear, wears, wearing, worn | bære, bærer, båret, have på | dragen, draagt, gedragen | porter, porte, portée | bära, bär, burit | tragen, trägt, getragen | bære, bærer, båret
send-receive | send, sends, sent, receive, receives, received, forward, share | sende, sender, sendt, modtage, modtager, modtaget, videresende, dele | sturen, stuurt, verzenden, ontvangen, ontvangt, doorsturen, delen | envoyer, envoie, envoyé, recevoir, reçoit, transmettre, partager | skicka, skickar, skickas, ta emot, tar emot, vidarebefordra, dela | senden, sendet, gesendet, empfangen, erhält, weiterleiten, teilen | sende, sender, sendt, motta, mottar, mottatt, videresende, dele
order-request | order, ordering, request, requests, booking | bestille, bestilling, bestillinger, anmodning | bestellen, bestelling, aanvraag, aanvragen | commander, commande, demande, demandes | beställa, beställning, förfrågan, begäran | bestellen, bestellung, anfrage, anforderung | bestille, bestilling, forespørsel
deliver | deliver, delivers, delivered, delivery, bring, brings, fetch | levere, leverer, leveret, levering, bringe, bringer, hente | leveren, levert, bezorgen, bezorgt, brengen, halen | livrer, livre, livraison, apporter, chercher | leverera, levererar, leverans, hämta, ta med | liefern, liefert, lieferung, bringen, holen | levere, leverer, levering, bringe, hente
lift-carry | lift, lifting, carry, carrying, heavy | løfte, løft, bære, tunge, tung | tillen, til, dragen, zwaar, zware | soulever, porter, lourd, lourde, lourdes | lyfta, lyft, bära, tunga, tung | heben, tragen, schwer, schwere | løfte, løft, bære, tunge, tung
turn | turn, turning, turned, roll over | vende, vender, vendt, vending | draaien, draait, omdraaien, keren | tourner, retourner, retournement | vända, vänder, vänd | drehen, umdrehen, wenden | snu, snur, vende
battery | battery, batteries, charge, charging, charger | batteri, batterier, oplade, opladning, oplader | batterij, batterijen, opladen, lader | batterie, batteries, recharger, recharge, chargeur | batteri, batterier, ladda, laddning, laddare | akku, batterie, batterien, laden, aufladen, ladegerät | batteri, batterier, lade, lading, lader
connectivity | wifi, wi-fi, internet connection, network, mobile network, 4g, bluetooth, offline | wifi, internetforbindelse, netværk, mobilnet, bluetooth, offline | wifi, internetverbinding, netwerk, mobiel netwerk, bluetooth, offline | wifi, connexion internet, réseau, réseau mobile, bluetooth, hors ligne | wifi, internetuppkoppling, nätverk, mobilnät, bluetooth, offline | wlan, internetverbindung, netzwerk, mobilfunknetz, bluetooth, offline | wifi, internettforbindelse, nettverk, mobilnett, bluetooth, frakoblet
login | login, log in, password, passwords, username, authentication | login, logge ind, adgangskode, adgangskoder, brugernavn, mitid | inloggen, wachtwoord, wachtwoorden, gebruikersnaam, authenticatie, digid | connexion, se connecter, mot de passe, identifiant, authentification | inloggning, logga in, lösenord, användarnamn, bankid | anmeldung, einloggen, passwort, benutzername, authentifizierung | innlogging, logge inn, passord, brukernavn, bankid
barcode-rfid | barcode, barcodes, scan, scanning, scanner, rfid, tag, tags, label, labels, qr code | stregkode, stregkoder, scanne, scanning, scanner, rfid, mærkat, etiket, etiketter, qr-kode | barcode, streepjescode, scannen, scanner, rfid, label, labels, etiket, qr-code | code-barres, scanner, scan, rfid, étiquette, étiquettes, qr code | streckkod, streckkoder, skanna, skanning, skanner, rfid, etikett, etiketter, qr-kod | barcode, strichcode, scannen, scanner, rfid, etikett, etiketten, qr-code | strekkode, strekkoder, skanne, skanning, skanner, rfid, etikett, etiketter, qr-kode
photo | photo, photos, picture, pictures, image, images | foto, fotos, billede, billeder | foto, foto's, afbeelding, beeld, beelden | photo, photos, image, images | foto, foton, bild, bilder | foto, fotos, bild, bilder | foto, bilde, bilder
bedding | pillow, pillows, cushion, cushions, blanket, duvet, sheets, seat cushion | pude, puder, hynde, dyne, tæppe, lagen, siddepude | kussen, kussens, zitkussen, deken, dekbed, lakens | oreiller, coussin, coussins, couverture, couette, draps | kudde, kuddar, sittdyna, filt, täcke, lakan | kissen, sitzkissen, decke, bettdecke, laken | pute, puter, sittepute, teppe, dyne, laken
glasses-aids | glasses, spectacles, magnifier, large print, contrast | briller, lup, stor skrift, kontrast | bril, loep, grote letters, contrast | lunettes, loupe, gros caractères, contraste | glasögon, förstoringsglas, stor text, kontrast | brille, lupe, großdruck, kontrast | briller, lupe, stor skrift, kontrast
step-count | steps, step counter, pedometer, activity tracker, accelerometer | skridt, skridttæller, aktivitetsmåler, accelerometer | stappen, stappenteller, activiteitenmeter, accelerometer | pas, podomètre, tracker d'activité, accéléromètre | steg, stegräknare, aktivitetsmätare, accelerometer | schritte, schrittzähler, aktivitätstracker, beschleunigungssensor | skritt, skritteller, aktivitetsmåler, akselerometer
`;

import type { ConceptFacet, LexiconConcept } from './care-lexicon';

/** Who and where rather than what: weighed as context (see `ConceptFacet`). */
const CONTEXT = new Set(['resident', 'patient', 'citizen', 'manager', 'room']);

const COLUMNS = ['en', 'da', 'nl', 'fr', 'sv', 'de', 'no'] as const;

/** The table as concepts with '|'-separated terms per language (as `care-lexicon.ts`). */
export const EVERYDAY_LEXICON: readonly LexiconConcept[] = TABLE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length > 0)
  .map((line) => {
    const [id, ...columns] = line.split('|').map((cell) => cell.trim());
    const terms: Record<string, string> = {};
    COLUMNS.forEach((language, i) => {
      terms[language] = (columns[i] ?? '')
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean)
        .join('|');
    });
    const facet: ConceptFacet = CONTEXT.has(id) ? 'context' : 'topic';
    return {
      id: `w-${id}`,
      facet,
      label: (columns[0] ?? id).split(',')[0].trim(),
      terms,
    };
  });
