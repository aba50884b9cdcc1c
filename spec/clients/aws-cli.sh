#!/usr/bin/env bash
# AWS CLI v2 (Debian's /usr/bin/aws) against the kinesis-sse-harness endpoint: the SSE runbooks a
# shell user writes, with the endpoint's control API (/_harness/) moving virtual time in between.
#
#   HARNESS_URL=http://127.0.0.1:PORT bash spec/clients/aws-cli.sh <scenario>
#
# Scenarios: lifecycle, rotate-while-updating, errors, throttled, wait, firehose, kms.
# spec/clients/aws-cli.e2e.ts runs each one (npm run test:clients) and checks what it prints, its exit
# code and the world's trace; docs/server.md shows the same commands as a copy-paste session.
# Credentials, region and config come from the environment (see the session in docs/server.md).
set -euo pipefail
: "${HARNESS_URL:?set HARNESS_URL to the URL npm run serve printed}"

# snippet-start: helpers
# Debian's CLI v2 (2.9) has no AWS_ENDPOINT_URL: every call names the endpoint.
aws() { /usr/bin/aws --endpoint-url "$HARNESS_URL" "$@"; }

# The control API: POST JSON, fail on a 4xx/5xx with the server's message.
harness() {
  local body="${2:-}"
  [ -n "$body" ] || body='{}'
  curl -sS --fail-with-body -X POST "$HARNESS_URL/_harness/$1" -H 'content-type: application/json' -d "$body" > /dev/null
}
advance() { harness clock/advance "{\"ms\": $1}"; }

stream_status() {
  aws kinesis describe-stream-summary --stream-name "$1" \
    --query 'StreamDescriptionSummary.[StreamStatus,EncryptionType,KeyId]' --output text
}
delivery_status() {
  aws firehose describe-delivery-stream --delivery-stream-name "$1" \
    --query 'DeliveryStreamDescription.[DeliveryStreamStatus,DeliveryStreamEncryptionConfiguration.Status,DeliveryStreamEncryptionConfiguration.KeyType]' \
    --output text
}
# snippet-end: helpers

lifecycle() {
  # snippet-start: lifecycle
  aws kinesis create-stream --stream-name orders --shard-count 1
  stream_status orders                                    # CREATING
  advance 10000                                           # CREATING lasts 10 s
  stream_status orders                                    # ACTIVE, not encrypted
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/aws/kinesis
  stream_status orders                                    # UPDATING
  advance 5000                                            # UPDATING lasts 5 s
  stream_status orders                                    # ACTIVE, KMS
  advance 5000                                            # records are encrypted within 5 s of ACTIVE
  aws kinesis put-record --stream-name orders --partition-key a --data aGVsbG8= --query EncryptionType --output text
  # rotate to a customer managed key
  key_id=$(aws kms create-key --description 'orders stream key' --query KeyMetadata.KeyId --output text)
  aws kms create-alias --alias-name alias/orders --target-key-id "$key_id"
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/orders
  stream_status orders                                    # UPDATING towards the new key
  advance 5000
  stream_status orders                                    # ACTIVE with alias/orders
  # stop
  aws kinesis stop-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/orders
  stream_status orders                                    # UPDATING
  advance 10000
  stream_status orders                                    # ACTIVE, NONE
  aws kinesis put-record --stream-name orders --partition-key a --data aGVsbG8=   # no EncryptionType member
  # snippet-end: lifecycle
}

# A runbook that rotates twice without waiting for ACTIVE: the second call fails, and set -e makes
# the script exit with the CLI's code.
rotate_while_updating() {
  aws kinesis create-stream --stream-name orders --shard-count 1
  advance 10000
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/aws/kinesis
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/aws/kinesis
  echo "not reached"
}

errors() {
  aws kinesis create-stream --stream-name orders --shard-count 1
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/aws/kinesis || echo "exit $?"
  advance 10000
  aws kinesis start-stream-encryption --stream-name nope --encryption-type KMS --key-id alias/aws/kinesis || echo "exit $?"
  aws kinesis start-stream-encryption --stream-name 'bad name!' --encryption-type KMS --key-id alias/aws/kinesis || echo "exit $?"
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/missing || echo "exit $?"
  aws kinesis stop-stream-encryption --stream-name orders --encryption-type NONE --key-id alias/aws/kinesis || echo "exit $?"
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id '' || echo "exit $?"
  stream_status orders                                    # still ACTIVE, not encrypted
}

# Every attempt is throttled (LimitExceededException): the CLI's standard retry mode makes 3, then exits 254.
throttled() {
  aws kinesis create-stream --stream-name orders --shard-count 1
  advance 10000
  harness faults '[{"kind": "throttle", "service": "kinesis", "operation": "StartStreamEncryption", "times": 3}]'
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/aws/kinesis || echo "exit $?"
  aws kinesis start-stream-encryption --stream-name orders --encryption-type KMS --key-id alias/aws/kinesis
  stream_status orders
}

# The CLI's waiter sleeps 10 real seconds between polls and cannot be told otherwise: per-request
# mode moves virtual time 6 s at every request instead, so the second poll sees ACTIVE.
wait_for_stream() {
  # snippet-start: wait
  harness clock/mode '{"mode": "per-request", "msPerRequest": 6000}'
  aws kinesis create-stream --stream-name orders --shard-count 1
  aws kinesis wait stream-exists --stream-name orders
  echo "orders exists"
  aws kinesis wait stream-exists --stream-name nope || echo "exit $?"
  # snippet-end: wait
}

firehose() {
  aws firehose create-delivery-stream --delivery-stream-name logs --delivery-stream-type DirectPut \
    --extended-s3-destination-configuration RoleARN=arn:aws:iam::123456789012:role/firehose,BucketARN=arn:aws:s3:::logs-bucket \
    --query DeliveryStreamARN --output text
  harness clock/settle                                    # CREATING -> ACTIVE
  aws firehose start-delivery-stream-encryption --delivery-stream-name logs \
    --delivery-stream-encryption-configuration-input KeyType=AWS_OWNED_CMK
  delivery_status logs                                    # ENABLING
  advance 5000
  delivery_status logs                                    # ENABLED
  aws firehose stop-delivery-stream-encryption --delivery-stream-name logs
  delivery_status logs                                    # DISABLING
  advance 5000
  delivery_status logs                                    # DISABLED
  # a customer managed key disabled while Firehose enables it: ENABLING_FAILED
  key_arn=$(aws kms create-key --query KeyMetadata.Arn --output text)
  aws firehose start-delivery-stream-encryption --delivery-stream-name logs \
    --delivery-stream-encryption-configuration-input "KeyType=CUSTOMER_MANAGED_CMK,KeyARN=$key_arn"
  aws kms disable-key --key-id "$key_arn"
  advance 5000
  delivery_status logs                                    # ENABLING_FAILED
  aws firehose describe-delivery-stream --delivery-stream-name logs \
    --query 'DeliveryStreamDescription.DeliveryStreamEncryptionConfiguration.FailureDescription.Type' --output text
}

kms() {
  key_id=$(aws kms create-key --description 'orders stream key' --query KeyMetadata.KeyId --output text)
  echo "$key_id"
  aws kms create-alias --alias-name alias/orders --target-key-id "$key_id"
  aws kms describe-key --key-id alias/orders --query 'KeyMetadata.[KeyId,KeyState,KeyManager,Description]' --output text
  aws kms create-alias --alias-name alias/orders --target-key-id "$key_id" || echo "exit $?"
}

case "${1:-}" in
  lifecycle) lifecycle ;;
  rotate-while-updating) rotate_while_updating ;;
  errors) errors ;;
  throttled) throttled ;;
  wait) wait_for_stream ;;
  firehose) firehose ;;
  kms) kms ;;
  *) echo "usage: HARNESS_URL=... $0 lifecycle|rotate-while-updating|errors|throttled|wait|firehose|kms" >&2; exit 2 ;;
esac
