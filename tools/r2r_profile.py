"""Self-time profile of a published (ReadyToRun composite) viper, with its precompiled methods named.

perf names JIT-compiled code through .NET's perf map, but not the code precompiled into
viper.r2r.dll; crossgen2 writes that image's symbol map when asked:

    rm -rf src/*/obj/Release/net10.0/linux-x64/R2R
    dotnet publish -c Release src/Viper.Cli -o /tmp/pub -p:PublishReadyToRunCrossgen2ExtraArgs=--mapcsv
    cp src/Viper.Cli/obj/Release/net10.0/linux-x64/R2R/viper.r2r.map.csv /tmp/
    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g -o /tmp/p.perf /tmp/pub/viper prog.py
    python3 tools/r2r_profile.py /tmp/p.perf /tmp/viper.r2r.map.csv [TOP] [LEAF_REGEX]

Samples whose innermost frame matches LEAF_REGEX (default: .NET's cast helpers) are also charged
to their first caller outside it.
"""
import bisect, collections, csv, re, subprocess, sys

data, mapcsv = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
caller_of = sys.argv[4] if len(sys.argv) > 4 else 'CastHelpers'
rows = []
for r in csv.DictReader(open(mapcsv)):
    try:
        rows.append((int(r['Rva'], 16), int(r['Length']), r['Symbol']))
    except (ValueError, KeyError):
        pass
rows.sort()
keys = [r[0] for r in rows]
out = subprocess.run(['perf', 'script', '-i', data, '--show-mmap-events', '-F', 'comm,tid,ip,sym,dso'],
                     capture_output=True, text=True).stdout
base = None
mm = re.compile(r'\[(0x[0-9a-f]+)\((0x[0-9a-f]+)\) @ (0x[0-9a-f]+|0) .*\]: r-xp .*viper\.r2r\.dll')
self_counts = collections.Counter()
cast_callers = collections.Counter()
total = 0

def name(ip, sym, dso):
    if 'viper.r2r.dll' in dso:
        # perf prints frames in a known file as offsets into it; the image's sections sit 0x10000 above their file offsets.
        off = (ip - base if base is not None and ip >= base else ip) + 0x10000
        i = bisect.bisect_right(keys, off) - 1
        if i >= 0 and off < rows[i][0] + rows[i][1] + 64:
            return 'R2R ' + rows[i][2]
    return sym.strip() or dso

sample = []
def flush():
    global total
    if not sample:
        return
    total += 1
    leaf = name(*sample[0])
    self_counts[leaf] += 1
    if re.search(caller_of, leaf):
        for f in sample[1:]:
            n = name(*f)
            if not re.search(caller_of, n):
                cast_callers[n] += 1
                break

for line in out.splitlines():
    m = mm.search(line)
    if m:
        base = int(m.group(1), 16)
        continue
    s = line.strip()
    if not s:
        flush(); sample = []
        continue
    parts = s.split(None, 1)
    if re.fullmatch(r'[0-9a-f]+', parts[0]) and len(parts) > 1:
        sm = re.match(r'(.*) \((.*)\)$', parts[1])
        sym, dso = (sm.group(1), sm.group(2)) if sm else (parts[1], '')
        sample.append((int(parts[0], 16), sym, dso))
flush()
print(f'{total} samples')
for n, c in self_counts.most_common(top):
    print(f'{100*c/total:6.2f}%  {n[:150]}')
print('callers of', caller_of)
for n, c in cast_callers.most_common(15):
    print(f'{100*c/total:6.2f}%  {n[:150]}')
