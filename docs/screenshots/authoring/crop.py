# Crops rows Y0..Y1 of a PNG (read through `convert FILE.png ppm:-`), writing an RGB PNG: convert is the only image tool here.
# Usage: python3 crop.py IN.png OUT.png Y0 Y1
import subprocess, sys, zlib, struct
def read(path):
    data = subprocess.run(['convert', path, 'ppm:-'], capture_output=True, check=True).stdout
    # P6\nW H\n255\n
    parts = data.split(b'\n', 3)
    assert parts[0] == b'P6', parts[0]
    w, h = map(int, parts[1].split()); return w, h, parts[3]
def write(path, w, h, rows):
    raw = b''.join(b'\x00' + r for r in rows)
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(png)
src, dst, y0, y1 = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
w, h, px = read(src)
y1 = min(y1, h)
rows = [px[y*w*3:(y+1)*w*3] for y in range(y0, y1)]
write(dst, w, y1 - y0, rows)
print(w, h, '->', w, y1 - y0)
