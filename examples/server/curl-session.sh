#!/bin/sh
# A curl session against `kinesis-sse-harness serve` (URL in $URL, e.g. http://127.0.0.1:4566).
set -eu
aws() { # aws <Target> <JSON body>: one AWS JSON 1.1 call
  curl -s -X POST "$URL/" -H "X-Amz-Target: $1" -H 'Content-Type: application/x-amz-json-1.1' -d "$2"
  echo
}
harness() { # harness <METHOD> <path> [JSON body]: one control API call
  curl -s -X "$1" "$URL/_harness$2" ${3:+-d "$3"}
}

aws Kinesis_20131202.CreateStream '{"StreamName":"orders","ShardCount":1}'
harness POST /clock/advance '{"ms":30000}'
aws Kinesis_20131202.StartStreamEncryption '{"StreamName":"orders","EncryptionType":"KMS","KeyId":"alias/aws/kinesis"}'
aws Kinesis_20131202.DescribeStreamSummary '{"StreamName":"orders"}'
aws Kinesis_20131202.StartStreamEncryption '{"StreamName":"orders","EncryptionType":"KMS","KeyId":"alias/aws/kinesis"}'
harness GET /clock
harness POST /clock/settle
aws Kinesis_20131202.PutRecord '{"StreamName":"orders","PartitionKey":"k","Data":"aGVsbG8="}'
harness GET '/trace?format=text'
