#!/usr/bin/env python3
"""Gonghui's benchmark: the packaged jar in the prod profile, a scale data set made by SQL, and wrk.

    ./mvnw package -DskipTests          # the benchmark builds nothing itself
    python3 bench/run.py --quick        # 100,000 applications, 5 s per request: a few minutes
    python3 bench/run.py                # 1,000,000 members and 5,000,000 applications

It starts the jar on an embedded PostgreSQL of its own (under target/bench; or --jdbc-url for a
PostgreSQL you give it, with its keys generated here), seeds members and applications across
Xicheng's 15 streets with bench/seed.sql, signs in officers through the API, signs member tokens
with the service's own key (bench/BenchKeys.java), drives every read at once for four minutes so
that the JIT has compiled them (--warm-up), then drives each request with wrk (-t2 -c50 by default)
after a short warm-up of its own. For each request it captures the SQL the service issued (PostgreSQL's
statement log, embedded database only), runs exactly those statements as one transaction with
pgbench at the same concurrency, and prints req/s, p50/p99, errors, statements, pgbench TPS and the
ratio of the two in one table. Each database read is then driven again at half and three quarters of
its saturated req/s (--paced), on the same connections, for its p99 below saturation. Then come the
officer queue's first page at 100,000 and at the full scale with its EXPLAIN plan, the idle RSS and
the time from start to the first answered request.
Needs: java, python3, wrk, psql and pgbench (Debian: apt install wrk postgresql-client).
"""
import argparse
import glob
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
ADMIN = ("bench-admin", "Qx7-lantern-Orchid-52", "Qx7-lantern-Orchid-53x")
OFFICER_START, OFFICER_PASSWORD = "Harbor-Quill-7351x", "Harbor-Quill-7352y"
DESHENG_STATION_NEAR = "lat=39.948&lng=116.375"
SKIP = re.compile(r"SKIP LOCKED|pg_notify|bench_marker", re.I)


def main():
    args = parse()
    for tool in ("java", "wrk", "psql", "pgbench"):
        if shutil.which(tool) is None:
            sys.exit(f"bench: {tool} is not installed (Debian: apt install wrk postgresql-client)")
    if not os.path.exists(args.jar):
        sys.exit(f"bench: no {args.jar}; build it first with ./mvnw package -DskipTests")
    os.makedirs(args.work, exist_ok=True)
    bench = Bench(args)
    try:
        bench.run()
    finally:
        bench.stop()


def parse():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="100,000 applications and 5 s per request")
    parser.add_argument("--scale", type=int, help="applications (members are a fifth); default 5,000,000")
    parser.add_argument("--duration", type=int, help="seconds measured per request (default 20, quick 5)")
    parser.add_argument("--warm-up", type=int,
                        help="seconds every read is driven at once before the first figure (default 240, quick 60)")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--paced", default="0.5,0.75",
                        help="fractions of a database read's saturated req/s at which its p99 is measured again, "
                             "on the same connections, each waiting between its requests (empty: none)")
    parser.add_argument("--jar", default=os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar"))
    parser.add_argument("--work", default=os.path.join(ROOT, "target", "bench"))
    parser.add_argument("--jdbc-url", help="a PostgreSQL to use instead of the embedded one (empty database)")
    parser.add_argument("--db-user", default="gonghui")
    parser.add_argument("--db-password", default="")
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--jfr", metavar="FILE",
                        help="record the service with JDK Flight Recorder (profile settings) into FILE")
    args = parser.parse_args()
    args.scale = args.scale or (100_000 if args.quick else 5_000_000)
    args.duration = args.duration or (5 if args.quick else 20)
    args.warm_up = args.warm_up if args.warm_up is not None else (60 if args.quick else 240)
    args.paced = [float(fraction) for fraction in args.paced.split(",") if fraction.strip()]
    return args


# a thousand members with their applications: "<id> <application id> …" per line
MEMBERS_WITH_APPLICATIONS = ("SELECT m.id || ' ' || string_agg(a.id::text, ' ') FROM members m "
                             "JOIN applications a ON a.member_id = m.id "
                             "WHERE m.id IN (SELECT id FROM members ORDER BY id LIMIT 1000) GROUP BY m.id")


class Bench:
    def __init__(self, args):
        self.args = args
        self.api = f"http://localhost:{args.port}"
        self.data = os.path.join(args.work, "data")
        self.process = None
        self.rows = []
        self.notes = {}

    # --- the service ---------------------------------------------------------------------------
    def environment(self):
        env = dict(os.environ, PORT=str(self.args.port), GONGHUI_DATA_DIR=self.data,
                   GONGHUI_WECHAT_APP_ID="wxbench", GONGHUI_WECHAT_SECRET="bench",
                   GONGHUI_BOOTSTRAP_ADMIN_USERNAME=ADMIN[0], GONGHUI_BOOTSTRAP_ADMIN_PASSWORD=ADMIN[1],
                   GONGHUI_EMBEDDED_DB="true",
                   # a few callers drive thousands of requests a second: the limits stay on (their cost is
                   # measured) with budgets no benchmark caller reaches
                   GONGHUI_RATE_LIMITS_SIGN_IN_CAPACITY="1000000000", GONGHUI_RATE_LIMITS_WRITE_CAPACITY="1000000000",
                   GONGHUI_RATE_LIMITS_READ_CAPACITY="1000000000", GONGHUI_RATE_LIMITS_INTEGRATION_CAPACITY="1000000000")
        env.pop("QUARKUS_PROFILE", None)
        if self.args.jdbc_url:
            env.update(QUARKUS_DATASOURCE_JDBC_URL=self.args.jdbc_url, QUARKUS_DATASOURCE_USERNAME=self.args.db_user,
                       QUARKUS_DATASOURCE_PASSWORD=self.args.db_password,
                       SMALLRYE_JWT_SIGN_KEY_LOCATION=os.path.join(self.data, "jwt", "signing-key.jwk.json"),
                       MP_JWT_VERIFY_PUBLICKEY_LOCATION=os.path.join(self.data, "jwt", "verification-keys.jwks.json"),
                       GONGHUI_PRIVACY_KEYS_LOCATION=os.path.join(self.data, "keys", "privacy-keys.json"))
        return env

    def start(self):
        log = open(os.path.join(self.args.work, "service.log"), "a")
        started = time.monotonic()
        jfr = getattr(self.args, "jfr", None)  # bench/roster-import.py starts the service with its own options
        recording = [f"-XX:StartFlightRecording=filename={os.path.abspath(jfr)},settings=profile"] if jfr else []
        self.process = subprocess.Popen(["java", *recording, "-jar", self.args.jar], env=self.environment(), stdout=log,
                                        stderr=subprocess.STDOUT, cwd=self.args.work)
        while time.monotonic() - started < 180:
            if self.process.poll() is not None:
                sys.exit(f"bench: the service stopped at start; see {log.name}")
            try:
                if urllib.request.urlopen(self.api + "/api/v1/streets", timeout=2).status == 200:
                    return time.monotonic() - started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        sys.exit("bench: the service did not answer within 180 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def rss_mib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
        return 0

    # --- the database --------------------------------------------------------------------------
    def psql_args(self):
        if self.args.jdbc_url:
            match = re.match(r"jdbc:postgresql://([^:/]+)(?::(\d+))?/([^?]+)", self.args.jdbc_url)
            host, port, name = match.group(1), match.group(2) or "5432", match.group(3)
            return ["-h", host, "-p", port, "-U", self.args.db_user, "-d", name]
        with open(os.path.join(self.data, "pg", "postmaster.pid")) as pid:
            port = pid.read().splitlines()[3].strip()
        return ["-h", "localhost", "-p", port, "-U", "postgres", "-d", "gonghui"]

    def psql(self, sql, *extra):
        env = dict(os.environ, PGPASSWORD=self.args.db_password)
        return subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", *self.psql_args(), *extra, "-c", sql],
                              env=env, check=True, capture_output=True, text=True).stdout

    def seed(self, start, end):
        print(f"seeding applications {start:,} to {end:,} …", flush=True)
        began = time.monotonic()
        step = 500_000
        for low in range(start, end, step):
            subprocess.run(["psql", "-qX", *self.psql_args(), "-v", f"from={low}", "-v", f"to={min(end, low + step)}", "-v", f"total={self.args.scale}",
                            "-f", os.path.join(BENCH, "seed.sql")], check=True, capture_output=True,
                           env=dict(os.environ, PGPASSWORD=self.args.db_password))
        # as after any bulk load: the statistics and the visibility map are made now, not by the first requests
        # measured (which would otherwise also set every row's hint bits, a write per page they read), and the
        # pages this dirtied are written before the first figure, not during it
        self.psql("VACUUM ANALYZE")
        self.psql("CHECKPOINT")
        self.notes[f"seed {start:,}–{end:,}"] = f"{time.monotonic() - began:.0f} s"

    def statement_log(self):
        return os.path.join(self.data, "pg", "log", "postgresql.log")

    # --- HTTP ----------------------------------------------------------------------------------
    def call(self, method, path, body=None, token=None, headers=None):
        request = urllib.request.Request(self.api + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
                return response.status, json.loads(text) if text else None, dict(response.headers)
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            return error.code, json.loads(text) if text.startswith("{") else text, dict(error.headers)

    def officer(self, username, role, extra):
        self.call("POST", "/api/v1/admin/officers", dict(username=username, displayName="bench", role=role,
                                                          lawyer=False, initialPassword=OFFICER_START, **extra),
                  token=self.admin)
        self.call("POST", "/api/v1/auth/officer/password",
                  dict(username=username, currentPassword=OFFICER_START, newPassword=OFFICER_PASSWORD))
        status, session, _ = self.call("POST", "/api/v1/auth/officer/session",
                                       dict(username=username, password=OFFICER_PASSWORD))
        assert status == 200, session
        return session["accessToken"]

    def accounts(self):
        self.call("POST", "/api/v1/auth/officer/password",
                  dict(username=ADMIN[0], currentPassword=ADMIN[1], newPassword=ADMIN[2]))
        status, session, _ = self.call("POST", "/api/v1/auth/officer/session",
                                       dict(username=ADMIN[0], password=ADMIN[2]))
        assert status == 200, session
        self.admin = session["accessToken"]
        self.street_officer = self.officer("bench-desheng", "officer", dict(streetCodes=["desheng"]))
        self.district_officer = self.officer("bench-xicheng", "district_officer", dict(districtCode="xicheng"))

    def officer_lines(self):
        """The street officer's lines for wrk, on a new session: an access token lasts 15 minutes, and the warm-up
        and the full seed together take longer."""
        status, session, _ = self.call("POST", "/api/v1/auth/officer/session",
                                       dict(username="bench-desheng", password=OFFICER_PASSWORD))
        assert status == 200, session
        self.street_officer = session["accessToken"]
        lines = os.path.join(self.args.work, "officers.lines")
        with open(lines, "w") as out:
            out.write(self.street_officer + "\n")
        return lines

    def member_tokens(self, sql, name):
        ids = os.path.join(self.args.work, name + ".ids")
        with open(ids, "w") as out:
            out.write(self.psql(sql))
        tokens = os.path.join(self.args.work, name + ".tokens")
        app = os.path.join(os.path.dirname(self.args.jar))
        classpath = os.pathsep.join(os.path.join(app, part) for part in ("app/*", "lib/main/*", "lib/boot/*"))
        subprocess.run(["java", "-cp", classpath, os.path.join(BENCH, "BenchKeys.java"), "tokens",
                        os.path.join(self.data, "jwt", "signing-key.jwk.json"), ids, tokens, "7200"],
                       check=True, capture_output=True)
        return tokens

    def submitters(self, count):
        """Members who may apply to join: their identity and consent given through the API."""
        tokens = self.member_tokens(f"SELECT id FROM members WHERE wechat_openid LIKE 'bench-%' "
                                    f"ORDER BY id DESC LIMIT {count}", "submitters")
        lines = [line.split()[0] for line in open(tokens)]
        policy = self.call("GET", "/api/v1/me/consents", token=lines[0])[1]
        version = next(item["currentPolicyVersion"] for item in policy["items"] if item["purpose"] == "membership")

        def prepare(index_token):
            index, token = index_token
            name = "王" + NAME_CHARACTERS[index % 20] + NAME_CHARACTERS[index // 20 % 20]
            for path, body in (("/api/v1/me/identity", dict(name=name, idNumber=id_number(index))),
                               ("/api/v1/me/consents/membership", dict(policyVersion=version))):
                status, answer, _ = self.call("PUT", path, body, token=token)
                if status != 200:
                    sys.exit(f"bench: preparing a submitter, PUT {path} answered {status}: {answer}")

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(prepare, enumerate(lines)))
        return tokens

    # --- measuring -----------------------------------------------------------------------------
    def wrk(self, lines, path, seconds, body=None, once=False, if_none_match=None, pace_ms=None):
        env = dict(os.environ, BENCH_LINES=lines, BENCH_PATH=path, BENCH_THREADS=str(self.args.threads))
        if pace_ms:
            env["BENCH_PACE_MS"] = str(pace_ms)
        if body:
            env.update(BENCH_BODY=json.dumps(body), BENCH_ONCE="1" if once else "0")
        if if_none_match:
            env["BENCH_IF_NONE_MATCH"] = if_none_match
        output = subprocess.run(["wrk", f"-t{self.args.threads}", f"-c{self.args.connections}", f"-d{seconds}s",
                                 "--timeout", "10s", "-s", os.path.join(BENCH, "lua", "paths.lua"), self.api],
                                env=env, check=True, capture_output=True, text=True).stdout
        figures = dict(re.findall(r"(\w+)=(\d+)", output.split("BENCH", 1)[1]))
        errors = int(figures["errors"]) + int(figures["status_errors"])
        if errors or not int(figures["requests"]):  # an expired token, or a service that stopped answering
            sys.exit(f"bench: {path}: {figures['requests']} requests answered, {errors} of them failed")
        seconds_run = int(figures["duration_us"]) / 1e6
        return dict(rps=int(figures["requests"]) / seconds_run, p50=int(figures["p50_us"]) / 1000,
                    p99=int(figures["p99_us"]) / 1000, errors=errors)

    def warm_up(self, reads):
        """Drives every read at once, sharing the connections, before the first figure. On two cores the one C2
        compiler thread gets a quarter of a core under full load, and a read's req/s kept rising for four minutes
        after start (330, 620, 800, 1,040, 1,360, 1,620, 1,830, 1,850 in 30 s steps for a member's application):
        a figure taken earlier measures the JIT, not the service that runs for days."""
        if not self.args.warm_up:
            return
        print(f"warming up every read for {self.args.warm_up} s …", flush=True)
        connections = max(2, self.args.connections // len(reads))
        runs = []
        for lines, path in reads:
            env = dict(os.environ, BENCH_LINES=lines, BENCH_PATH=path, BENCH_THREADS="1")
            runs.append(subprocess.Popen(["wrk", "-t1", f"-c{connections}", f"-d{self.args.warm_up}s", "--timeout",
                                          "10s", "-s", os.path.join(BENCH, "lua", "paths.lua"), self.api],
                                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        for run in runs:
            run.wait()

    def capture(self, make_request):
        """The statements one request issued, from PostgreSQL's log (embedded database only)."""
        if self.args.jdbc_url:
            return None
        self.psql("ALTER SYSTEM SET log_statement = 'all'")
        self.psql("SELECT pg_reload_conf()")
        time.sleep(0.5)
        best = None
        for _ in range(2):
            size = os.path.getsize(self.statement_log())
            make_request()
            time.sleep(0.3)
            with open(self.statement_log(), encoding="utf-8", errors="replace") as log:
                log.seek(size)
                statements = parse_statements(log.read())
            if best is None or len(statements) < len(best):
                best = statements
        self.psql("ALTER SYSTEM SET log_statement = 'none'")
        self.psql("SELECT pg_reload_conf()")
        return best

    def pgbench(self, statements):
        """pgbench's TPS running the captured statements as the service ran them: the same transactions
        (a request may run a few: the rate-limit token, then the read), statements outside one alone."""
        if not statements:
            return None
        script = os.path.join(self.args.work, "statements.sql")
        with open(script, "w") as out:
            out.write("".join(pgbench_safe(s.replace("\n", " ")) + ";\n" for s in statements))
        logs = os.path.join(self.args.work, "pgbench-log")
        run = subprocess.run(["pgbench", "-n", "-M", "prepared", "-f", script, "-c", str(self.args.connections),
                              "-j", str(self.args.threads), "-T", str(max(5, self.args.duration // 2)),
                              "--log", "--log-prefix", logs, *self.psql_args()], capture_output=True, text=True,
                             env=dict(os.environ, PGPASSWORD=self.args.db_password))
        if run.returncode != 0:
            sys.exit(f"bench: pgbench failed on {script}:\n{run.stderr}")
        latency = re.search(r"latency average = ([\d.]+) ms", run.stdout)
        return (float(re.search(r"tps = ([\d.]+)", run.stdout).group(1)), float(latency.group(1)) if latency else None,
                pgbench_p99(logs))

    def measure(self, name, lines, path, body=None, once=False, if_none_match=None, token=None):
        sample_line = open(lines).readline().split()
        sample_token = token or (None if sample_line[0] == "-" else sample_line[0])
        sample_path = path.replace("{id}", sample_line[1]) if len(sample_line) > 1 else path

        def one_request():
            headers = {"If-None-Match": if_none_match} if if_none_match else {}
            if body:
                headers["Idempotency-Key"] = "bench-capture-" + uuid.uuid4().hex
            self.call("POST" if body else "GET", sample_path, body=body, token=sample_token, headers=headers)

        if not once:
            # warm-up: long enough for the JIT to compile the path (a quick run measured C2 at a sixth of the CPU
            # after 3 s), so that a quick run compares with a full one
            self.wrk(lines, path, max(10, self.args.duration // 2), body, once, if_none_match)
        # a submission uses each member once: a short run, so the members prepared are never used up
        result = self.wrk(lines, path, min(5, self.args.duration) if once else self.args.duration, body, once,
                          if_none_match)
        statements = None if once else self.capture(one_request)
        tps, latency, p99 = self.pgbench(statements) if statements else (None, None, None)
        result.update(name=name, statements=None if statements is None else len(
            [s for s in statements if s.upper() not in ("BEGIN", "COMMIT")]),
                      transactions=None if statements is None else transactions(statements), tps=tps, pgbench_ms=latency,
                      pgbench_p99=p99,
                      ratio=result["rps"] / tps if tps else None, sql=statements)
        result["paced"] = self.paced(lines, path, result["rps"]) if tps else []
        self.rows.append(result)
        print(f"  {name}: {result['rps']:.0f} req/s, p99 {result['p99']:.1f} ms" + "".join(
            f"; at {run['rps']:.0f} req/s p99 {run['p99']:.1f} ms" for run in result["paced"]), flush=True)
        return result

    def paced(self, lines, path, saturated_rps):
        """The read's p99 below saturation. wrk keeps every connection busy, so a saturated run's latency is
        connections ÷ req/s by Little's law (50 ÷ 1,000 req/s = 50 ms on average) whatever the service does:
        its p99 says how far the machine is from the load, not how fast a request is. Here each connection
        waits between its requests (connections ÷ rate on average), which brings the load to a fraction of
        the saturated req/s; the rate reached is printed, a little under the one aimed at."""
        runs = []
        for fraction in self.args.paced:
            pace_ms = round(self.args.connections / (fraction * saturated_rps) * 1000)
            runs.append(dict(self.wrk(lines, path, self.args.duration, pace_ms=pace_ms), fraction=fraction))
        return runs

    def explain_queue(self, label):
        statements = self.capture(lambda: self.call("GET", "/api/v1/admin/applications?limit=20",
                                                    token=self.street_officer))
        page = next((s for s in statements or [] if "from applications" in s.lower()), None)
        if page:
            plan = self.psql("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + page)
            self.notes["queue plan at " + label] = "\n" + plan

    # --- the run -------------------------------------------------------------------------------
    def run(self):
        args = self.args
        if os.path.exists(self.data):
            shutil.rmtree(self.data)
        if args.jdbc_url:
            classpath = os.pathsep.join(os.path.join(os.path.dirname(args.jar), part)
                                        for part in ("app/*", "lib/main/*", "lib/boot/*"))
            subprocess.run(["java", "-cp", classpath, os.path.join(BENCH, "BenchKeys.java"), "keys", self.data],
                           check=True, capture_output=True)
        print("first start (new database) …", flush=True)
        self.notes["first start, new database"] = f"{self.start():.1f} s"
        small = min(args.scale, 100_000)
        self.seed(0, small)
        if not args.jdbc_url:
            for setting in ("logging_collector = on", "log_directory = 'log'", "log_filename = 'postgresql.log'",
                            "log_line_prefix = '%m [%p] '"):
                self.psql("ALTER SYSTEM SET " + setting)
        self.stop()
        print("restart …", flush=True)
        self.notes["start to first answered request"] = f"{self.start():.1f} s"
        time.sleep(5)
        self.notes["idle RSS"] = f"{self.rss_mib()} MiB"
        self.accounts()
        officers = self.officer_lines()
        public = os.path.join(args.work, "public.lines")
        with open(public, "w") as out:
            out.write("-\n")
        warm_members = self.member_tokens(MEMBERS_WITH_APPLICATIONS, "warm-up")
        self.warm_up([(officers, "/api/v1/admin/applications?limit=20"),
                      (officers, "/api/v1/admin/applications?limit=20&status=submitted&serviceCode=legal-aid"),
                      (warm_members, "/api/v1/applications/{id}"),
                      (warm_members, "/api/v1/me/applications?limit=20"),
                      (public, "/api/v1/stations?" + DESHENG_STATION_NEAR),
                      (public, "/api/v1/services")])
        print(f"queue at {small:,} applications …", flush=True)
        first = self.measure(f"officer queue, first page ({small:,} applications)", officers,
                             "/api/v1/admin/applications?limit=20")
        self.explain_queue(f"{small:,}")
        if args.scale > small:
            self.seed(small, args.scale)
        members = self.member_tokens(MEMBERS_WITH_APPLICATIONS, "members")
        officers = self.officer_lines()
        print(f"every request at {args.scale:,} applications …", flush=True)
        self.measure("member: an application", members, "/api/v1/applications/{id}")
        self.measure("member: my applications", members, "/api/v1/me/applications?limit=20")
        last = self.measure(f"officer queue, first page ({args.scale:,} applications)", officers,
                            "/api/v1/admin/applications?limit=20")
        self.measure("officer queue, filtered", officers,
                     "/api/v1/admin/applications?limit=20&status=submitted&serviceCode=legal-aid")
        self.measure("stations near a point", public, "/api/v1/stations?" + DESHENG_STATION_NEAR)
        catalogue_tag = self.call("GET", "/api/v1/services")[2].get("ETag")
        self.measure("catalogue", public, "/api/v1/services")
        self.measure("catalogue, revalidated (304)", public, "/api/v1/services", if_none_match=catalogue_tag)
        self.measure("streets", public, "/api/v1/streets")
        streets_tag = self.call("GET", "/api/v1/streets")[2].get("ETag")
        self.measure("streets, revalidated (304)", public, "/api/v1/streets", if_none_match=streets_tag)
        if args.scale > small:
            self.explain_queue(f"{args.scale:,}")
        submitters = self.submitters(4000)  # 5 s of submissions never use a member twice
        self.measure("member: submit a join application", submitters, "/api/v1/applications", once=True,
                     body=dict(serviceCode="membership.join", streetCode="desheng", form=dict(occupation="courier")))
        self.notes["queue p99, full scale ÷ 100,000"] = f"{last['p99'] / first['p99']:.2f}"
        self.report()

    def report(self):
        print()
        print(f"| request | req/s | p50 ms | p99 ms | errors | statements | pgbench TPS | pgbench mean ms "
              f"| pgbench p99 ms | req/s ÷ TPS |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for row in self.rows:
            tps = f"{row['tps']:,.0f}" if row["tps"] else "–"
            ratio = f"{row['ratio']:.2f}" if row["ratio"] else "–"
            statements = "–" if row["statements"] is None else row["statements"]
            mean = f"{row['pgbench_ms']:.1f}" if row.get("pgbench_ms") else "–"
            tail = f"{row['pgbench_p99']:.1f}" if row.get("pgbench_p99") else "–"
            print(f"| {row['name']} | {row['rps']:,.0f} | {row['p50']:.1f} | {row['p99']:.1f} | {row['errors']} | "
                  f"{statements} | {tps} | {mean} | {tail} | {ratio} |")
        paced = [row for row in self.rows if row.get("paced")]
        if paced:
            print()
            print("| request (50 connections) | saturated: req/s | p99 ms | " + " | ".join(
                f"aimed at {run['fraction']:.0%}: req/s | p99 ms" for run in paced[0]["paced"]) + " |")
            print("|---|---|---|" + "---|---|" * len(paced[0]["paced"]))
            for row in paced:
                print(f"| {row['name']} | {row['rps']:,.0f} | {row['p99']:.1f} | " + " | ".join(
                    f"{run['rps']:,.0f} | {run['p99']:.1f}" for run in row["paced"]) + " |")
        print()
        for name, value in self.notes.items():
            print(f"- {name}: {value}")
        print()
        for row in self.rows:
            if row["sql"]:
                print(f"-- {row['name']}")
                for statement in row["sql"]:
                    print("   " + statement.replace("\n", " ")[:220])
        with open(os.path.join(self.args.work, "results.json"), "w") as out:
            json.dump(dict(rows=self.rows, notes=self.notes), out, ensure_ascii=False, indent=1)


def pgbench_p99(prefix):
    """The 99th percentile of pgbench's transaction latencies (ms), from its per-transaction logs (--log: the
    third field is the latency in microseconds), which are removed after."""
    latencies = []
    for name in glob.glob(prefix + ".*"):
        with open(name) as log:
            latencies.extend(int(line.split()[2]) for line in log if line.strip())
        os.remove(name)
    if not latencies:
        return None
    latencies.sort()
    return latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] / 1000


def pgbench_safe(statement):
    """pgbench reads ':name' as its own variable even inside a quoted literal (the rate-limit key
    'read:…:id:…' has some): such a colon is written as chr(58), which PostgreSQL folds back."""
    def literal(match):
        text = match.group(0)
        return re.sub(r":(?=[A-Za-z_])", "' || chr(58) || '", text) if re.search(r":[A-Za-z_]", text) else text
    return re.sub(r"'(?:[^']|'')*'", literal, statement)


NAME_CHARACTERS = "明华建国丽娟秀英志强海燕文静春梅红霞桂兰玉兰"


def transactions(statements):
    """How many transactions the statements ran in: each BEGIN … COMMIT, and each statement outside one."""
    count, inside = 0, False
    for statement in statements:
        word = statement.upper()
        if word == "BEGIN":
            count, inside = count + 1, True
        elif word in ("COMMIT", "ROLLBACK"):
            inside = False
        elif not inside:
            count += 1
    return count


def parse_statements(text):
    """Statements with their parameters filled in, from log_statement = 'all' lines."""
    entries, current = [], None
    for line in text.splitlines():
        head = re.match(r"^\d{4}-\d\d-\d\d \S+ \S+ \[\d+\] (\w+):\s+(.*)$", line)
        if head:
            current = [head.group(1), head.group(2)]
            entries.append(current)
        elif current is not None:
            current[1] += "\n" + line
    statements = []
    for kind, text in entries:
        if kind == "LOG":
            match = re.match(r"(?:execute [^:]+|statement): (.*)", text, re.S)
            if match:
                statements.append([match.group(1).strip(), {}])
        elif kind == "DETAIL" and text.startswith("Parameters:") and statements:
            statements[-1][1] = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", text))
    filled = []
    for sql, parameters in statements:
        if SKIP.search(sql):
            continue
        filled.append(re.sub(r"\$(\d+)\b", lambda m: parameters.get(m.group(1), m.group(0)), sql))
    return filled


def id_number(index):
    """A valid resident ID number (GB 11643), unique per index: region 110105, a birth date, a sequence."""
    birth = time.strftime("%Y%m%d", time.gmtime(315532800 + (index // 900) * 86400))
    body = "110105" + birth + f"{100 + index % 900:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    return body + check


if __name__ == "__main__":
    main()
