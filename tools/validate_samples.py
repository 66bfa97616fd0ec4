#!/usr/bin/env python3
"""Checks the bundled sample gold: JSON, fields, bounds, and that every mention occurs in its document."""
import json, os, sys, glob
BASE = os.path.join(os.path.dirname(__file__), '..', 'examples', 'src', 'main', 'resources', 'samples')
FIELDS = ['document','measure','low','high','qualifier','unit','per','origin','period','sources','likelihood','mention']
MEASURES = {'RECRUITED','SERVING','KILLED','WOUNDED','CASUALTIES','CAPTURED','DETAINED','CONSCRIPTED','CITIZENSHIP_GRANTED','FORCE_TARGET','FLED','PAYMENT','OTHER'}
LIK = {None,'remote chance','highly unlikely','unlikely','realistic possibility','likely','highly likely','almost certain'}
def check(r, text):
    errs = []
    low, high, q = r['low'], r['high'], r['qualifier']
    if r['measure'] not in MEASURES: errs.append('measure')
    if low is not None and high is not None and low > high: errs.append('low>high')
    if q in ('EXACT','APPROXIMATE') and (low is None or low != high): errs.append('exact/approx low!=high')
    if q in ('MORE_THAN','AT_LEAST') and (low is None or high is not None): errs.append('more/atleast bounds')
    if q in ('LESS_THAN','AT_MOST') and (high is None or low is not None): errs.append('less/atmost bounds')
    if q in ('RANGE','MAGNITUDE') and (low is None or high is None): errs.append('range bounds')
    if q not in ('EXACT','APPROXIMATE','MORE_THAN','AT_LEAST','LESS_THAN','AT_MOST','RANGE','MAGNITUDE'): errs.append('qualifier')
    if r.get('likelihood', None) not in LIK: errs.append('likelihood')
    if r.get('per', None) not in (None,'DAY','WEEK','MONTH','YEAR'): errs.append('per')
    if r.get('measure') == 'PAYMENT' and 'unit' in r and not r['unit']: errs.append('payment without unit')
    if r.get('measure') != 'PAYMENT' and r.get('unit'): errs.append('unit on non-payment')
    p = r.get('period')
    if p is not None and (set(p) != {'start','end'}): errs.append('period shape')
    if r['mention'] not in text: errs.append('mention not in text: %r' % r['mention'])
    return errs
if __name__ == '__main__':
    bad = total = 0
    for g in sorted(glob.glob(os.path.join(BASE, 'gold', '*.gold.jsonl'))):
        name = os.path.basename(g)[:-len('.gold.jsonl')]
        text = open(os.path.join(BASE, 'docs', name + '.txt'), encoding='utf-8').read()
        n = 0
        for i, line in enumerate(open(g, encoding='utf-8'), 1):
            r = json.loads(line); n += 1
            errs = check(r, text)
            if list(r) != FIELDS: errs.append('fields %s' % list(r))
            if r['document'] != name + '.txt': errs.append('document')
            for e in errs: print(f'{name}:{i}: {e}'); bad += 1
        words = len(text.split())
        print(f'{name}: {n} records, {words} words')
        total += n
    print('total', total, 'records;', bad, 'errors')
    sys.exit(1 if bad else 0)
