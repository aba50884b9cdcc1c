"""boto3 (Debian's python3-boto3, run with /usr/bin/python3) against the kinesis-sse-harness endpoint.

The SSE code a Python user writes, with the endpoint's control API (/_harness/) moving virtual time:

    HARNESS_URL=http://127.0.0.1:PORT /usr/bin/python3 spec/clients/boto3_sse.py <scenario>

Scenarios: lifecycle, waiter, retries, errors, firehose, kms. spec/clients/boto3.e2e.ts runs each one
(npm run test:clients) and checks what it prints and the world's trace; docs/server.md shows the same
code as a copy-paste session. Credentials and region come from the environment.
"""
import json
import sys
import urllib.request

# snippet-start: setup
import boto3
from botocore.exceptions import ClientError, WaiterError

URL = __import__("os").environ["HARNESS_URL"]

# boto3 1.26 has no AWS_ENDPOINT_URL: every client names the endpoint.
kinesis = boto3.client("kinesis", endpoint_url=URL, region_name="us-east-1")
firehose = boto3.client("firehose", endpoint_url=URL, region_name="us-east-1")
kms = boto3.client("kms", endpoint_url=URL, region_name="us-east-1")


def harness(path, body=None):
    """POST (or GET without a body) to the endpoint's control API; JSON in and out."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{URL}/_harness/{path}", data=data, method="GET" if body is None else "POST",
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def advance(ms):
    harness("clock/advance", {"ms": ms})
# snippet-end: setup


def stream_status(name):
    s = kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"]
    print(s["StreamStatus"], s["EncryptionType"], s.get("KeyId", "-"))


def delivery_status(name):
    d = firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    e = d["DeliveryStreamEncryptionConfiguration"]
    print(d["DeliveryStreamStatus"], e["Status"], e.get("KeyType", "-"), e.get("FailureDescription", {}).get("Type", "-"))


def error(e):
    """How a ClientError looks to the code that catches it."""
    err = e.response["Error"]
    print("error", err["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"], e.response["ResponseMetadata"]["RetryAttempts"])
    print(str(e))


def lifecycle():
    # snippet-start: lifecycle
    kinesis.create_stream(StreamName="orders", ShardCount=1)
    stream_status("orders")
    advance(10_000)
    stream_status("orders")
    kinesis.start_stream_encryption(StreamName="orders", EncryptionType="KMS", KeyId="alias/aws/kinesis")
    stream_status("orders")
    advance(5_000)
    stream_status("orders")
    advance(5_000)  # records are encrypted within 5 s of ACTIVE
    put = kinesis.put_record(StreamName="orders", PartitionKey="a", Data=b"hello")
    print("put", put.get("EncryptionType", "-"))
    iterator = kinesis.get_shard_iterator(StreamName="orders", ShardId=put["ShardId"], ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    records = kinesis.get_records(ShardIterator=iterator)["Records"]
    print("get", [(r["Data"], r.get("EncryptionType", "-")) for r in records])
    # rotate to a customer managed key
    key_id = kms.create_key(Description="orders stream key")["KeyMetadata"]["KeyId"]
    kms.create_alias(AliasName="alias/orders", TargetKeyId=key_id)
    kinesis.start_stream_encryption(StreamName="orders", EncryptionType="KMS", KeyId="alias/orders")
    stream_status("orders")
    advance(5_000)
    stream_status("orders")
    # stop
    kinesis.stop_stream_encryption(StreamName="orders", EncryptionType="KMS", KeyId="alias/orders")
    stream_status("orders")
    advance(10_000)
    stream_status("orders")
    put = kinesis.put_record(StreamName="orders", PartitionKey="a", Data=b"plain")
    print("put", put.get("EncryptionType", "-"))
    # snippet-end: lifecycle


def waiter():
    # boto3's waiter sleeps Delay real seconds between polls; per-request mode moves virtual time 4 s
    # at every request, so CREATING (10 s) ends during the waiter's third poll.
    harness("clock/mode", {"mode": "per-request", "msPerRequest": 4_000})
    kinesis.create_stream(StreamName="orders", ShardCount=1)
    kinesis.get_waiter("stream_exists").wait(StreamName="orders", WaiterConfig={"Delay": 1, "MaxAttempts": 10})
    stream_status("orders")
    try:
        kinesis.get_waiter("stream_exists").wait(StreamName="nope", WaiterConfig={"Delay": 1, "MaxAttempts": 10})
    except WaiterError as e:
        print("waiter", e)


def retries():
    kinesis.create_stream(StreamName="orders", ShardCount=1)
    advance(10_000)
    # Two throttled attempts: boto3's legacy retry mode (5 attempts) gets through on the third.
    harness("faults", [{"kind": "throttle", "service": "kinesis", "operation": "StartStreamEncryption", "times": 2}])
    r = kinesis.start_stream_encryption(StreamName="orders", EncryptionType="KMS", KeyId="alias/aws/kinesis")
    print("started after", r["ResponseMetadata"]["RetryAttempts"], "retries")
    advance(5_000)
    # KMSThrottlingException is not retried: one attempt, then the error.
    harness("faults", [{"kind": "throttle", "service": "kinesis", "operation": "StartStreamEncryption", "error": "KMSThrottlingException"}])
    try:
        kinesis.start_stream_encryption(StreamName="orders", EncryptionType="KMS", KeyId="alias/aws/kinesis")
    except ClientError as e:
        error(e)
    stream_status("orders")


def errors():
    kinesis.create_stream(StreamName="orders", ShardCount=1)
    for call in (
        lambda: kinesis.start_stream_encryption(StreamName="orders", EncryptionType="KMS", KeyId="alias/aws/kinesis"),
        lambda: kinesis.start_stream_encryption(StreamName="nope", EncryptionType="KMS", KeyId="alias/aws/kinesis"),
        lambda: kinesis.stop_stream_encryption(StreamName="orders", EncryptionType="NONE", KeyId="alias/aws/kinesis"),
    ):
        try:
            call()
            print("no error")
        except ClientError as e:
            error(e)
    # The modeled exception classes work too.
    try:
        kinesis.describe_stream_summary(StreamName="nope")
    except kinesis.exceptions.ResourceNotFoundException as e:
        print("caught", type(e).__name__, e.response["Error"]["Message"])


def firehose_scenario():
    firehose.create_delivery_stream(
        DeliveryStreamName="logs",
        DeliveryStreamType="DirectPut",
        ExtendedS3DestinationConfiguration={"RoleARN": "arn:aws:iam::123456789012:role/firehose", "BucketARN": "arn:aws:s3:::logs-bucket"},
    )
    harness("clock/settle", {})
    key_arn = kms.create_key()["KeyMetadata"]["Arn"]
    firehose.start_delivery_stream_encryption(
        DeliveryStreamName="logs",
        DeliveryStreamEncryptionConfigurationInput={"KeyType": "CUSTOMER_MANAGED_CMK", "KeyARN": key_arn},
    )
    delivery_status("logs")
    advance(5_000)
    delivery_status("logs")
    firehose.stop_delivery_stream_encryption(DeliveryStreamName="logs")
    advance(5_000)
    delivery_status("logs")
    # The key's access is revoked 1 s into the next change (a fault through the control API): ENABLING_FAILED.
    harness("faults", [{"kind": "key", "keyId": key_arn, "change": "revoke-access", "atMs": 1_000}])
    firehose.start_delivery_stream_encryption(
        DeliveryStreamName="logs",
        DeliveryStreamEncryptionConfigurationInput={"KeyType": "CUSTOMER_MANAGED_CMK", "KeyARN": key_arn},
    )
    delivery_status("logs")
    advance(5_000)
    delivery_status("logs")


def kms_scenario():
    key = kms.create_key(Description="orders stream key", KeyUsage="ENCRYPT_DECRYPT", KeySpec="SYMMETRIC_DEFAULT")["KeyMetadata"]
    print(key["KeyState"], key["KeyManager"], key["Arn"].endswith(key["KeyId"]))
    kms.create_alias(AliasName="alias/orders", TargetKeyId=key["KeyId"])
    print(kms.describe_key(KeyId="alias/orders")["KeyMetadata"]["KeyId"] == key["KeyId"])
    print(sorted(a["AliasName"] for a in kms.list_aliases(KeyId=key["KeyId"])["Aliases"]))
    try:
        kms.create_alias(AliasName="alias/orders", TargetKeyId=key["KeyId"])
    except kms.exceptions.AlreadyExistsException as e:
        error(e)


SCENARIOS = {
    "lifecycle": lifecycle,
    "waiter": waiter,
    "retries": retries,
    "errors": errors,
    "firehose": firehose_scenario,
    "kms": kms_scenario,
}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in SCENARIOS:
        sys.exit(f"usage: HARNESS_URL=... {sys.argv[0]} {'|'.join(SCENARIOS)}")
    SCENARIOS[sys.argv[1]]()
