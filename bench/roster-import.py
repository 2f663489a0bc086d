#!/usr/bin/env python3
"""The roster import at scale: a generated 200,000-row roster imported into one street by the packaged jar.

    ./mvnw package -DskipTests          # the benchmark builds nothing itself
    python3 bench/roster-import.py --quick      # 20,000 rows: about a minute
    python3 bench/roster-import.py              # 200,000 rows

It starts the jar in the prod profile on an embedded PostgreSQL of its own (under target/bench-roster, a
new database each run) with a bounded heap (-Xmx, 512 MB by default), signs in a street officer of
德胜 through the API (as bench/run.py does), writes the roster as an XLSX of the template (inline
strings, Python's zipfile only), uploads it, and polls the job until it completes. It prints the
upload's answer time, rows per second from the 202 to the job's completion, the job's counters, and
the peak of the heap in use (jstat, sampled every 0.2 s) and of the process's resident memory (VmHWM).
Needs java (with jstat) and python3.
"""
import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
import zipfile
from io import BytesIO

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (bench/run.py: the service's start, stop and accounts)

HEADER = ["姓名 Name", "身份证号 ID number", "手机号 Phone", "工作单位 Employer"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def main():
    args = parse()
    if shutil.which("jstat") is None:
        sys.exit("bench: jstat (the JDK's) is not on the PATH")
    if not os.path.exists(args.jar):
        sys.exit(f"bench: no {args.jar}; build it first with ./mvnw package -DskipTests")
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    os.environ["JAVA_TOOL_OPTIONS"] = f"-Xmx{args.heap}"
    bench = run.Bench(args)
    try:
        started = bench.start()
        bench.accounts()
        print(f"service answered {started:.1f} s after start (heap limit {args.heap})", flush=True)
        roster = xlsx(args.rows)
        print(f"roster: {args.rows:,} rows, {len(roster) / 1e6:.1f} MB", flush=True)
        sampler = HeapSampler(bench.process.pid)
        sampler.start()
        measure(bench, roster, args)
        sampler.stop()
        print(f"peak heap in use: {sampler.peak_heap / 1024:.0f} MiB; peak RSS: {peak_rss(bench.process.pid)} MiB")
    finally:
        bench.stop()


def parse():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="20,000 rows")
    parser.add_argument("--rows", type=int, help="rows of the roster; default 200,000 (quick 20,000)")
    parser.add_argument("--heap", default="512m", help="the service's -Xmx")
    parser.add_argument("--jar", default=os.path.join(run.ROOT, "target", "quarkus-app", "quarkus-run.jar"))
    parser.add_argument("--work", default=os.path.join(run.ROOT, "target", "bench-roster"))
    parser.add_argument("--port", type=int, default=18081)
    args = parser.parse_args()
    args.rows = args.rows or (20_000 if args.quick else 200_000)
    # what run.Bench reads of its arguments
    args.jdbc_url, args.db_user, args.db_password, args.threads = None, "gonghui", "", 2
    return args


def measure(bench, roster, args):
    began = time.monotonic()
    status, job, _ = upload(bench, roster)
    answered = time.monotonic() - began
    if status != 202:
        sys.exit(f"bench: the upload answered {status}: {job}")
    print(f"upload answered 202 in {answered:.1f} s (reads and counts the rows, stores the file encrypted)", flush=True)
    accepted = time.monotonic()
    last = -1
    while job["status"] in ("queued", "running"):
        time.sleep(1)
        _, job, _ = bench.call("GET", "/api/v1/admin/member-imports/" + job["id"], token=bench.street_officer)
        if job["rowsProcessed"] != last and int(time.monotonic() - accepted) % 5 == 0:
            print(f"  {time.monotonic() - accepted:5.0f} s  {job['status']}  {job['rowsProcessed']:,} rows", flush=True)
        last = job["rowsProcessed"]
    seconds = time.monotonic() - accepted
    print(f"job {job['status']} after {seconds:.1f} s: {job['rowsTotal']:,} rows, {job['rowsTotal'] / seconds:,.0f} rows/s; "
          f"created {job['rowsCreated']:,}, updated {job['rowsUpdated']:,}, rejected {job['rowsRejected']:,}")


def upload(bench, roster):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.xlsx\"\r\n"
            "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode()
    body += roster + f"\r\n--{boundary}--\r\n".encode()
    import urllib.request
    import json
    request = urllib.request.Request(bench.api + "/api/v1/admin/member-imports?streetCode=desheng", data=body,
                                     method="POST")
    request.add_header("Content-Type", "multipart/form-data; boundary=" + boundary)
    request.add_header("Authorization", "Bearer " + bench.street_officer)
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            return response.status, json.loads(response.read()), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), {}


def xlsx(rows):
    """An XLSX of the template's header and generated rows, written as OOXML by hand (inline strings)."""
    def cell(column, row, text):
        return f'<c r="{column}{row}" t="inlineStr"><is><t>{text}</t></is></c>'

    sheet = [('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'),
             '<row r="1">' + "".join(cell("ABCD"[i], 1, text) for i, text in enumerate(HEADER)) + "</row>"]
    for index in range(rows):
        row = index + 2
        name = SURNAMES[index % len(SURNAMES)] + GIVEN[(index // len(SURNAMES)) % len(GIVEN)] + GIVEN[index % 7]
        sheet.append(f'<row r="{row}">' + cell("A", row, name) + cell("B", row, run.id_number(index))
                     + cell("C", row, f"139{index:08d}") + cell("D", row, f"北京第{index % 500}配送站") + "</row>")
    sheet.append("</sheetData></worksheet>")
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        archive.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="会员名册" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'))
        archive.writestr("xl/worksheets/sheet1.xml", "".join(sheet))
    return out.getvalue()


class HeapSampler(threading.Thread):
    """The heap in use (survivor, eden and old generation), sampled with jstat; the peak is kept."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_heap = 0.0
        self.running = True

    def run(self):
        while self.running:
            output = subprocess.run(["jstat", "-gc", str(self.pid)], capture_output=True, text=True).stdout.split("\n")
            if len(output) >= 2 and output[1].strip():
                figures = dict(zip(output[0].split(), output[1].split()))
                used = sum(float(figures.get(name, 0)) for name in ("S0U", "S1U", "EU", "OU"))
                self.peak_heap = max(self.peak_heap, used)
            time.sleep(0.2)

    def stop(self):
        self.running = False
        self.join(5)


def peak_rss(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return 0


if __name__ == "__main__":
    main()
