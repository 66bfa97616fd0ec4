#!/usr/bin/env python3
"""Checks the spec fixtures under parsers/src/test/resources/spec: format, unique names, JSON, bounds, mentions."""
import json, os, re, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from validate_samples import check, MEASURES
SPEC = os.path.join(os.path.dirname(__file__), '..', 'parsers', 'src', 'test', 'resources', 'spec')
REGIONS = {'south-asia','east-asia','southeast-asia','central-asia','africa','middle-east','latin-america',
           'former-soviet-union','global-south','europe','foreign'}
KEYS = {'measure','low','high','qualifier','unit','per','origin','period','sources','likelihood','mention'}
NAME = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')

def parse(path):
    cases, cur, state = [], None, None
    for n, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if line.startswith('## '):
            cur = {'name': line[3:].strip(), 'line': n, 'text': [], 'expected': [], 'terminated': False}
            cases.append(cur); state = 'text'; continue
        if cur is None:
            if line.strip(): raise SystemExit(f'{path}:{n}: text before first case')
            continue
        if state == 'text':
            if line == '.': state = 'records'; cur['terminated'] = True
            else: cur['text'].append(line)
        elif line.strip():
            cur['expected'].append((n, line))
    return cases

def main():
    names, bad, total = {}, 0, 0
    for f in sorted(glob.glob(os.path.join(SPEC, '*.txt'))):
        cases = parse(f)
        fn = os.path.basename(f)
        for c in cases:
            where = f"{fn}:{c['line']} {c['name']}"
            errs = []
            if not NAME.match(c['name']): errs.append('bad name')
            if c['name'] in names: errs.append('duplicate name (also in %s)' % names[c['name']])
            names[c['name']] = fn
            text = '\n'.join(c['text'])
            if not text.strip(): errs.append('empty text')
            if not c['terminated']: errs.append('document not terminated by a "." line')
            if c['text'] and c['text'][0].startswith(' date ') and not re.match(r'^ date \d{4}-\d{2}(-\d{2})? \S', c['text'][0]):
                errs.append('bad date line')
            for n, line in c['expected']:
                try:
                    r = json.loads(line)
                except Exception as e:
                    errs.append(f'line {n}: bad JSON {e}'); continue
                for k in ('measure','low','high','qualifier','mention'):
                    if k not in r: errs.append(f'line {n}: missing {k}')
                extra = set(r) - KEYS
                if extra: errs.append(f'line {n}: unknown fields {extra}')
                if r.get('measure') == 'PAYMENT' and ('unit' not in r or 'per' not in r):
                    errs.append(f'line {n}: payment without unit/per')
                for o in r.get('origin', []):
                    if o not in REGIONS and not re.match(r'^[A-Z]{2}$', o): errs.append(f'line {n}: bad origin {o}')
                p = r.get('period')
                if p is not None:
                    for k in ('start','end'):
                        if p.get(k) is not None and not DATE.match(p[k]): errs.append(f'line {n}: bad period {p}')
                if 'sources' in r and not isinstance(r['sources'], list): errs.append(f'line {n}: sources not list')
                try:
                    errs += [f'line {n}: {e}' for e in check({**{'likelihood': None, 'per': None}, **r}, text)]
                except KeyError as e:
                    errs.append(f'line {n}: missing {e}')
            for e in errs: print(f'{where}: {e}'); bad += 1
        print(f'{fn}: {len(cases)} cases, {sum(1 for c in cases if not c["expected"])} with no record')
        total += len(cases)
    print(f'total {total} cases; {bad} errors')
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main())
