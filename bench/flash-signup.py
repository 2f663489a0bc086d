#!/usr/bin/env python3
"""The flash sign-up against a running service: 2,000 members press sign-up in the same second for 100 places.

Run the packaged jar in the dev profile (its fake WeChat signs the members in, its demo officer publishes):

    ./mvnw package -DskipTests
    QUARKUS_PROFILE=dev GONGHUI_DATA_DIR=/tmp/gonghui-bench java -Xmx1g -jar target/quarkus-app/quarkus-run.jar
    python3 bench/flash-signup.py            # --members 2000 --places 100 --waitlist 100 --url http://localhost:8080

It signs the members in first (not measured), publishes one activity with the demo officer desheng-officer,
releases every sign-up at once from its own thread and connection, and prints what came back: confirmed,
waitlisted, refused (ACTIVITY_FULL, ALREADY_REGISTERED), any other answer, 5xx, and the latency of the calls.
Only the Python standard library is needed; raise `ulimit -n` above the number of members.
"""
import argparse
import concurrent.futures
import datetime
import http.client
import json
import statistics
import threading
import time
import urllib.parse
import uuid


def call(base, method, path, body=None, token=None, headers=None):
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=120)
    sent = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        sent["Authorization"] = "Bearer " + token
    sent.update(headers or {})
    try:
        connection.request(method, path, body=None if body is None else json.dumps(body), headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8")
        return response.status, (json.loads(text) if text else None)
    finally:
        connection.close()


def sign_in(base, name):
    status, body = call(base, "POST", "/api/v1/auth/wechat/session", {"code": "dev-" + name})
    if status != 200:
        raise SystemExit(f"sign-in of {name} answered {status}: {body}")
    return body["accessToken"]


def publish(base, places, waitlist):
    status, body = call(base, "POST", "/api/v1/auth/officer/session",
                        {"username": "desheng-officer", "password": "gonghui-dev"})
    if status != 200:
        raise SystemExit(f"the demo officer could not sign in ({status}): is the service running in the dev profile?")
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    starts = now + datetime.timedelta(days=7)
    request = {
        "title": "职工观影（压测）", "description": "flash sign-up benchmark", "streetCode": "desheng",
        "place": "德胜街道文体中心", "startsAt": starts.isoformat(), "endsAt": (starts + datetime.timedelta(hours=2)).isoformat(),
        "signUpOpensAt": (now - datetime.timedelta(minutes=1)).isoformat(),
        "signUpClosesAt": (starts - datetime.timedelta(days=1)).isoformat(),
        "cancelUntil": (starts - datetime.timedelta(days=1)).isoformat(),
        "capacity": places, "waitlistCapacity": waitlist, "membersOnly": False}
    status, created = call(base, "POST", "/api/v1/admin/activities", request, token=body["accessToken"])
    if status != 201:
        raise SystemExit(f"publishing answered {status}: {created}")
    return created["id"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--places", type=int, default=100)
    parser.add_argument("--waitlist", type=int, default=100)
    args = parser.parse_args()

    run = uuid.uuid4().hex[:8]
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        tokens = list(pool.map(lambda i: sign_in(args.url, f"bench-{run}-{i}"), range(args.members)))
    activity = publish(args.url, args.places, args.waitlist)
    path = f"/api/v1/activities/{activity}/registrations"

    barrier = threading.Barrier(args.members)
    results = [None] * args.members

    def press(i):
        barrier.wait()
        started = time.perf_counter()
        try:
            status, body = call(args.url, "POST", path, {}, token=tokens[i],
                                headers={"Idempotency-Key": f"bench-{run}-{i}"})
        except OSError as failure:
            status, body = 0, {"code": type(failure).__name__}
        results[i] = (status, body, time.perf_counter() - started)

    threads = [threading.Thread(target=press, args=(i,)) for i in range(args.members)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.perf_counter() - began

    outcome = {}
    for status, body, _ in results:
        key = body.get("status") if status == 201 else (f"{status} {body.get('code')}" if body else str(status))
        outcome[key] = outcome.get(key, 0) + 1
    latencies = sorted(elapsed * 1000 for _, _, elapsed in results)
    refused = sum(count for key, count in outcome.items() if key.startswith("409"))
    server_errors = sum(1 for status, _, _ in results if status >= 500 or status == 0)
    print(f"activity {activity}: {args.members} members, {args.places} places, {args.waitlist} on the waiting list")
    print(f"confirmed   {outcome.get('confirmed', 0)}")
    print(f"waitlisted  {outcome.get('waitlisted', 0)}")
    print(f"refused     {refused}  ({', '.join(f'{k}: {v}' for k, v in sorted(outcome.items()) if k.startswith('409'))})")
    print(f"5xx         {server_errors}")
    others = {k: v for k, v in outcome.items() if k not in ('confirmed', 'waitlisted') and not k.startswith('409')}
    if others:
        print(f"other       {others}")
    print(f"latency ms  p50 {statistics.median(latencies):.0f}  p99 {latencies[int(len(latencies) * 0.99) - 1]:.0f}"
          f"  max {latencies[-1]:.0f}; all answered in {took:.1f} s")
    status, detail = call(args.url, "GET", f"/api/v1/activities/{activity}")
    print(f"the activity says: remainingPlaces {detail['remainingPlaces']}, waitlistLength {detail['waitlistLength']}")


if __name__ == "__main__":
    main()
