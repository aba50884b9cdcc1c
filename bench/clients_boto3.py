"""The boto3 half of `npm run bench -- --clients` (bench/clients.ts runs it with /usr/bin/python3).

One call sequence through boto3 against every target (the kinesis-sse-harness endpoint, kinesis-mock,
kinesalite), in interleaved rounds so a noisy machine hits every target alike:

    /usr/bin/python3 bench/clients_boto3.py '{"targets": [{"label": "harness", "url": "http://127.0.0.1:PORT",
        "control": true}, ...], "n": 40, "rounds": 5, "warmup": 5}'

Prints one JSON object: {"targets": {label: {"ops": {op: [µs per call, one per round]}, "errors": {op: code}}
or {"failed": "..."}}}. Each call is one attempt (no retries), so an error answer costs one round trip too.
"""
import json
import sys
import time
import urllib.request
import uuid

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

OPS = ["DescribeStreamSummary", "PutRecord", "ListStreams", "StartStreamEncryption"]


def settle(url):
    request = urllib.request.Request(f"{url}/_harness/clock/settle", data=b"{}", method="POST", headers={"content-type": "application/json"})
    urllib.request.urlopen(request).read()


class Target:
    def __init__(self, spec):
        self.label = spec["label"]
        self.client = boto3.client(
            "kinesis",
            endpoint_url=spec["url"],
            region_name="us-east-1",
            aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
            aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            config=Config(retries={"total_max_attempts": 1}),
        )
        self.stream = f"bench-{uuid.uuid4().hex[:8]}"
        self.errors = {}
        self.client.create_stream(StreamName=self.stream, ShardCount=1)
        if spec.get("control"):
            settle(spec["url"])
        deadline = time.time() + 30
        while self.client.describe_stream_summary(StreamName=self.stream)["StreamDescriptionSummary"]["StreamStatus"] != "ACTIVE":
            if time.time() > deadline:
                raise RuntimeError(f"stream {self.stream} never became ACTIVE")
            time.sleep(0.05)

    def call(self, op, i):
        c = self.client
        try:
            if op == "DescribeStreamSummary":
                c.describe_stream_summary(StreamName=self.stream)
            elif op == "PutRecord":
                c.put_record(StreamName=self.stream, PartitionKey=f"pk{i % 64}", Data=f"record-{i}".encode())
            elif op == "ListStreams":
                c.list_streams(Limit=10)
            elif op == "StartStreamEncryption":
                # A stream that does not exist: the same error path on every target, no state change.
                c.start_stream_encryption(StreamName=f"{self.stream}-missing", EncryptionType="KMS", KeyId="alias/aws/kinesis")
        except ClientError as e:
            self.errors[op] = e.response["Error"]["Code"]

    def close(self):
        try:
            self.client.delete_stream(StreamName=self.stream)
        except ClientError:
            pass


def main():
    config = json.loads(sys.argv[1])
    n, rounds, warmup = config["n"], config["rounds"], config["warmup"]
    out = {}
    targets = []
    for spec in config["targets"]:
        try:
            targets.append(Target(spec))
        except Exception as e:  # a peer that answers oddly is reported, not fatal
            out[spec["label"]] = {"failed": f"{type(e).__name__}: {e}"}
    for t in targets:
        for op in OPS:
            for i in range(warmup):
                t.call(op, i)
    samples = {t.label: {op: [] for op in OPS} for t in targets}
    i = warmup
    for r in range(rounds):
        order = targets if r % 2 == 0 else list(reversed(targets))
        for op in OPS:
            for t in order:
                t0 = time.perf_counter()
                for _ in range(n):
                    t.call(op, i)
                    i += 1
                samples[t.label][op].append((time.perf_counter() - t0) * 1e6 / n)
    for t in targets:
        t.close()
        out[t.label] = {"ops": samples[t.label], "errors": t.errors}
    print(json.dumps({"targets": out}))


if __name__ == "__main__":
    main()
