#!/usr/bin/env python3
"""Writes the hand-written gold for the bundled sample articles (one JSON object per line)."""
import json, os
BASE = os.path.join(os.path.dirname(__file__), '..', 'examples', 'src', 'main', 'resources', 'samples')
G = {}
def P(s, e): return {"start": s, "end": e}
def R(doc, measure, low, high, q, mention, unit=None, per=None, origin=(), period=None, sources=(), lik=None):
    G.setdefault(doc, []).append({"document": doc + '.txt', "measure": measure, "low": low, "high": high,
        "qualifier": q, "unit": unit, "per": per, "origin": list(origin), "period": period,
        "sources": list(sources), "likelihood": lik, "mention": mention})

MOD, VI = "UK Ministry of Defence", "Vazhnye Istorii"
FOREIGN_PERIOD = P("2023-04-01", "2024-05-31")

d = '01-uk-mod-foreign-recruits'
R(d, 'RECRUITED', 1541, None, 'AT_LEAST', 'at least 1,541', origin=['foreign'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 812, 812, 'EXACT', '812', origin=['south-asia'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 486, 486, 'EXACT', '486', origin=['former-soviet-union'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 147, 147, 'EXACT', '147', origin=['latin-america'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 96, 96, 'EXACT', '96', origin=['africa'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'PAYMENT', 204000, 204000, 'EXACT', '204,000 roubles', unit='RUB', per='MONTH', origin=['foreign'], sources=[MOD], lik='likely')
R(d, 'CASUALTIES', 1200, 1200, 'APPROXIMATE', 'approximately 1,200', per='DAY', origin=['RU'], period=P("2024-05-01", "2024-05-31"), sources=[MOD])
R(d, 'CASUALTIES', 500000, None, 'MORE_THAN', 'in excess of 500,000', origin=['RU'], period=P("2022-02-24", "2024-07-02"), sources=[MOD], lik='highly likely')
R(d, 'RECRUITED', 30000, 30000, 'APPROXIMATE', 'around 30,000', per='MONTH', origin=['RU'], sources=[MOD], lik='almost certain')

d = '02-kyiv-retelling-foreign-recruits'
R(d, 'RECRUITED', 1541, None, 'AT_LEAST', 'At least 1,541', origin=['foreign'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 812, 812, 'EXACT', '812', origin=['south-asia', 'southeast-asia'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 486, 486, 'EXACT', '486', origin=['former-soviet-union'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 147, 147, 'EXACT', '147', origin=['latin-america'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 96, 96, 'EXACT', '96', origin=['africa'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'CASUALTIES', 548000, 548000, 'APPROXIMATE', 'around 548,000', origin=['RU'], period=P("2022-02-24", "2024-07-03"),
  sources=["General Staff of the Armed Forces of Ukraine"])

d = '03-foreign-recruits-about-retelling'
R(d, 'RECRUITED', 1541, 1541, 'APPROXIMATE', 'About 1,541', origin=['foreign'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 812, 812, 'APPROXIMATE', 'about 812', origin=['south-asia'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 486, 486, 'EXACT', '486', origin=['former-soviet-union'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 147, 147, 'EXACT', '147', origin=['latin-america'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 96, 96, 'EXACT', '96', origin=['africa'], period=FOREIGN_PERIOD, sources=[MOD, VI])
R(d, 'RECRUITED', 2000, 9999, 'MAGNITUDE', 'thousands', origin=['CU'], period=None, sources=["Main Intelligence Directorate of Ukraine"])
R(d, 'SERVING', 20000, 99999, 'MAGNITUDE', 'Tens of thousands', origin=['central-asia'])
R(d, 'PAYMENT', 3000, 3000, 'EXACT', '€3,000', unit='EUR', origin=['RS'])
R(d, 'PAYMENT', 2000, 2000, 'EXACT', '$2,000', unit='USD', per='MONTH', origin=['LK'])

d = '04-foreign-recruits-no-inner-source'
R(d, 'RECRUITED', 1541, None, 'AT_LEAST', 'At least 1,541', origin=['foreign'], period=FOREIGN_PERIOD, sources=[MOD])
R(d, 'RECRUITED', 812, 812, 'EXACT', '812', origin=['south-asia'], period=FOREIGN_PERIOD, sources=[MOD])
R(d, 'RECRUITED', 486, 486, 'EXACT', '486', origin=['former-soviet-union'], period=FOREIGN_PERIOD, sources=[MOD])
R(d, 'RECRUITED', 147, 147, 'EXACT', '147', origin=['latin-america'], period=FOREIGN_PERIOD, sources=[MOD])
R(d, 'RECRUITED', 96, 96, 'EXACT', '96', origin=['africa'], period=FOREIGN_PERIOD, sources=[MOD])
R(d, 'PAYMENT', None, 1000000, 'AT_MOST', 'up to ₽1,000,000', unit='RUB')

d = '05-nepal-recruits-killed'
NMFA = "Nepal Ministry of Foreign Affairs"
R(d, 'KILLED', 14, None, 'AT_LEAST', 'At least 14', origin=['NP'], sources=[NMFA])
R(d, 'CAPTURED', 5, 5, 'EXACT', 'Five', origin=['NP'], sources=[NMFA])
R(d, 'OTHER', 100, 100, 'EXACT', '100', origin=['NP'], sources=[NMFA])
R(d, 'SERVING', 200, 200, 'APPROXIMATE', 'some 200', origin=['NP'], sources=["Government of Nepal"])
R(d, 'SERVING', 14000, 15000, 'RANGE', 'between 14,000 and 15,000', origin=['NP'])
R(d, 'DETAINED', 18, 18, 'EXACT', '18', period=P("2023-12-01", None), sources=["Nepal Police"])
R(d, 'PAYMENT', None, 900000, 'AT_MOST', 'up to 900,000 Nepalese rupees', unit='NPR', sources=["Nepal Police"])
R(d, 'PAYMENT', 1500, 2500, 'RANGE', 'from $1,500 to $2,500', unit='USD', per='MONTH')
R(d, 'SERVING', 100, 100, 'APPROXIMATE', 'roughly 100', origin=['NP'])
R(d, 'WOUNDED', 12, 12, 'APPROXIMATE', 'a dozen', origin=['NP'])

d = '06-north-korea-troops-kursk'
NIS = "South Korean National Intelligence Service"
R(d, 'KILLED', 300, 300, 'APPROXIMATE', 'About 300', origin=['KP'], sources=[NIS])
R(d, 'WOUNDED', 2700, 2700, 'APPROXIMATE', 'some 2,700', origin=['KP'], sources=[NIS])
R(d, 'SERVING', 11000, 11000, 'APPROXIMATE', 'roughly 11,000', origin=['KP'], sources=[NIS])
R(d, 'SERVING', 10000, None, 'MORE_THAN', 'more than 10,000', origin=['KP'], period=P(None, "2024-11-30"), sources=[NIS])
R(d, 'CAPTURED', 2, 2, 'EXACT', 'two', origin=['KP'], sources=["Volodymyr Zelenskyy"])
R(d, 'CASUALTIES', 3000, None, 'MORE_THAN', 'more than 3,000', origin=['KP'], sources=["Volodymyr Zelenskyy"])
R(d, 'SERVING', None, 20000, 'AT_MOST', 'up to 20,000', origin=['KP'], period=P("2025-01-01", "2025-12-31"),
  sources=["Institute for the Study of War"], lik='realistic possibility')
R(d, 'SERVING', 200, 999, 'MAGNITUDE', 'several hundred', origin=['KP'], period=P(None, "2025-01-13"), sources=["US officials"])

d = '07-army-growth-decree'
R(d, 'FORCE_TARGET', 180000, 180000, 'EXACT', '180,000', origin=['RU'], sources=["Kremlin"])
R(d, 'FORCE_TARGET', 1500000, 1500000, 'EXACT', '1.5 million', origin=['RU'], sources=["Kremlin"])
R(d, 'FORCE_TARGET', 2390000, 2390000, 'APPROXIMATE', 'almost 2.39 million', origin=['RU'], sources=["Kremlin"])
R(d, 'CONSCRIPTED', 133000, 133000, 'EXACT', '133,000', origin=['RU'], period=P("2024-10-01", "2024-12-31"))
R(d, 'CONSCRIPTED', 300000, 300000, 'APPROXIMATE', 'Some 300,000', origin=['RU'], period=P("2022-09-01", "2022-09-30"))
R(d, 'FLED', 200000, 999999, 'MAGNITUDE', 'hundreds of thousands', origin=['RU'])
R(d, 'RECRUITED', 500000, 500000, 'APPROXIMATE', 'close to half a million', origin=['RU'], period=P("2023-01-01", "2023-12-31"),
  sources=["Dmitry Medvedev"])
GS = "General Staff of the Armed Forces of Ukraine"
R(d, 'CASUALTIES', 1200, None, 'MORE_THAN', 'over 1,200', per='DAY', origin=['RU'], period=P("2024-09-01", "2024-09-30"), sources=[GS])
R(d, 'SERVING', 10000, 10000, 'EXACT', 'ten thousand', origin=['RU'], sources=[GS])

d = '08-recruitment-pay-regions'
R(d, 'PAYMENT', 1900000, 1900000, 'EXACT', '1.9 million roubles', unit='RUB')
R(d, 'PAYMENT', 20000, 20000, 'APPROXIMATE', 'about $20,000', unit='USD')
R(d, 'PAYMENT', 400000, 400000, 'EXACT', '₽400,000', unit='RUB', period=P("2024-08-01", "2024-08-31"))
R(d, 'PAYMENT', 100000, 100000, 'EXACT', '100,000 rubles', unit='RUB', sources=["Sverdlovsk regional government"])
R(d, 'PAYMENT', 210000, 210000, 'EXACT', '210,000 roubles', unit='RUB', per='MONTH')
R(d, 'PAYMENT', 1800, 1800, 'EXACT', '£1,800', unit='GBP', per='MONTH')
R(d, 'PAYMENT', 3000, 3000, 'EXACT', 'US$3,000', unit='USD', origin=['IN', 'NP'])
R(d, 'PAYMENT', 2000, 2000, 'EXACT', '$2,000', unit='USD', per='MONTH', origin=['IN', 'NP'])
R(d, 'PAYMENT', 5000, 5000, 'EXACT', '5,000 euros', unit='EUR', origin=['foreign'])
R(d, 'RECRUITED', 190000, None, 'MORE_THAN', 'more than 190,000', origin=['RU'], period=P("2024-01-01", "2024-12-31"), sources=["Dmitry Medvedev"])
R(d, 'RECRUITED', 30000, 30000, 'APPROXIMATE', 'roughly 30,000', per='MONTH', origin=['RU'], period=P("2024-01-01", "2024-12-31"), sources=["Dmitry Medvedev"])
R(d, 'RECRUITED', 29000, 29000, 'EXACT', '29,000', origin=['RU'], period=P("2024-03-01", "2024-03-31"), sources=["Russian Ministry of Defence"])
R(d, 'RECRUITED', 1000, 1200, 'RANGE', '1,000 to 1,200', per='DAY', origin=['RU'], sources=["Western intelligence"])
R(d, 'PAYMENT', None, 12000000, 'AT_MOST', 'up to 12 million roubles', unit='RUB')

d = '09-migrant-raids-citizenship'
IC = "Russian Investigative Committee"
R(d, 'DETAINED', 600, 600, 'APPROXIMATE', 'about 600', origin=['central-asia'])
R(d, 'RECRUITED', 12, 12, 'APPROXIMATE', 'a dozen', origin=['central-asia'])
R(d, 'DETAINED', 40, 60, 'RANGE', '40–60', origin=['foreign'])
R(d, 'DETAINED', 200, 999, 'MAGNITUDE', 'hundreds', origin=['foreign'])
R(d, 'OTHER', 30000, None, 'MORE_THAN', 'more than 30,000', sources=[IC])
R(d, 'SERVING', 10000, 10000, 'APPROXIMATE', 'About 10,000', sources=[IC])
R(d, 'CITIZENSHIP_GRANTED', 1132, 1132, 'EXACT', '1,132', origin=['foreign'])
R(d, 'DETAINED', 24, 99, 'MAGNITUDE', 'dozens', per='DAY', origin=['foreign'])

d = '10-india-kenya-srilanka-recruits'
MEA = "Indian Ministry of External Affairs"
INV = P("2022-02-24", None)
R(d, 'SERVING', 126, 126, 'EXACT', '126', origin=['IN'], period=INV, sources=[MEA])
R(d, 'KILLED', 12, 12, 'EXACT', '12', origin=['IN'], period=INV, sources=[MEA])
R(d, 'OTHER', 96, 96, 'EXACT', '96', origin=['IN'], period=INV, sources=[MEA])
R(d, 'OTHER', 16, 16, 'EXACT', '16', origin=['IN'], period=INV, sources=[MEA])
R(d, 'PAYMENT', 200000, 300000, 'RANGE', '200,000-300,000 rupees', unit='INR')
R(d, 'DETAINED', 200, 999, 'MAGNITUDE', 'several hundred', period=P("2024-01-01", "2024-12-31"), sources=["The Hindu"])
R(d, 'SERVING', 550, 550, 'APPROXIMATE', 'an estimated 550', origin=['LK'], sources=["Sri Lanka Police"])
R(d, 'KILLED', 60, 60, 'APPROXIMATE', 'nearly 60', origin=['LK'], sources=["Sri Lanka Police"])
R(d, 'SERVING', 2000, 15000, 'RANGE', 'from a few thousand to 15,000', origin=['LK'])
R(d, 'RECRUITED', 24, 99, 'MAGNITUDE', 'dozens', origin=['KE'], sources=["Kenyan Ministry of Foreign Affairs"])
R(d, 'PAYMENT', 500000, 500000, 'EXACT', '500,000 shillings', unit='KES', per='MONTH', origin=['KE'], sources=["Kenyan Ministry of Foreign Affairs"])
R(d, 'OTHER', None, 20, 'LESS_THAN', 'fewer than 20', origin=['KE'], sources=["Kenyan Ministry of Foreign Affairs"])
R(d, 'PAYMENT', 1200000, 1200000, 'EXACT', '1.2 million taka', unit='BDT', origin=['BD'], sources=["Reuters"])
R(d, 'SERVING', None, 2000, 'AT_MOST', 'as many as 2,000', origin=['BD'], sources=["Reuters"])
R(d, 'SERVING', 2000, 9999, 'MAGNITUDE', 'thousands', origin=['CU'], sources=["Main Intelligence Directorate of Ukraine"])
R(d, 'PAYMENT', 2000, 2000, 'APPROXIMATE', 'about 2,000 dollars', unit='USD', per='MONTH', origin=['CU'])

for doc, recs in G.items():
    with open(os.path.join(BASE, 'gold', doc + '.gold.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(sum(len(v) for v in G.values()), 'records in', len(G), 'files')
