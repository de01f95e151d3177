"""The maglev-stat HTML report opened in headless Chromium (Debian's chromium package)
and screenshotted: the page renders and its charts put coloured pixels on it.
Skipped (77) when no Chromium is installed."""
import os
import shutil
import signal
import struct
import sys
import time
import zlib

BROWSER = next((b for b in ('chromium', 'chromium-browser', 'google-chrome') if shutil.which(b)), None)
if BROWSER is None:
    print('skip: chromium is not installed (apt-get install chromium)')
    sys.exit(77)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq

SERIES_COLOURS = {(0x1f, 0x77, 0xb4), (0xd6, 0x27, 0x28), (0x2c, 0xa0, 0x2c), (0xff, 0x7f, 0x0e)}


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB/RGBA non-interlaced PNG."""
    data = open(path, 'rb').read()
    check(data[:8] == b'\x89PNG\r\n\x1a\n', 'a PNG file')
    at, idat, width = 8, b'', 0
    while at < len(data):
        n, kind = struct.unpack('>I4s', data[at:at + 8])
        body = data[at + 8:at + 8 + n]
        if kind == b'IHDR':
            width, height, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
            check(depth == 8 and ctype in (2, 6) and interlace == 0, f'PNG format {depth} {ctype} {interlace}')
            bpp = 3 if ctype == 2 else 4
        elif kind == b'IDAT':
            idat += body
        at += 12 + n
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows


def test_report_renders_in_chromium(env):
    sh.create(env)
    sh.start(env)
    path = os.path.join(env.home, 'samples.csv')
    rec = env.spawn(['maglev-stat', '--repo', sh.repo(env), '--record', path, '--interval', '0.1'])
    time.sleep(0.3)
    oop = sh.counter_init(env)
    procs = [env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop), '--n', '200'])
             for _ in range(2)]
    for p in procs:
        p.communicate(timeout=300)
    time.sleep(0.3)
    rec.send_signal(signal.SIGTERM)
    rec.wait(timeout=10)
    report = os.path.join(env.home, 'report.html')
    r = env.run(['maglev-stat', 'plot', path, '-o', report])
    check_eq(r.returncode, 0, f'plot: {r.stderr}')
    shot = os.path.join(env.home, 'report.png')
    profile = os.path.join(env.home, 'chromium-profile')
    r = env.run([shutil.which(BROWSER), '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
                 f'--user-data-dir={profile}', '--window-size=820,1600', f'--screenshot={shot}',
                 'file://' + report], timeout=120)
    check(os.path.exists(shot), f'chromium wrote a screenshot: {r.stdout} {r.stderr}')
    width, height, rows = png_pixels(shot)
    check_eq((width, height), (820, 1600), 'screenshot size')
    colours = {}
    for row in rows:
        for px in row:
            colours[px] = colours.get(px, 0) + 1
    drawn = sum(n for c, n in colours.items() if c in SERIES_COLOURS)
    check(drawn > 500, f'chart series are drawn ({drawn} pixels in series colours)')
    dark = sum(n for c, n in colours.items() if sum(c) < 200)
    check(dark > 1000, f'text and axes are drawn ({dark} dark pixels)')
    print(f'screenshot {shot}: {len(colours)} colours, {drawn} series pixels')
    sh.stop(env)


harness.main()
