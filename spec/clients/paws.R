# R paws (paws.analytics for Kinesis and Firehose, paws.security.identity for KMS) against the
# kinesis-sse-harness endpoint, configured as a paws user configures any endpoint; the endpoint's
# control API (/_harness/) moves virtual time through httr2, which paws already depends on.
#
#   HARNESS_URL=http://127.0.0.1:PORT Rscript spec/clients/paws.R <scenario>
#
# Scenarios: kinesis, firehose. spec/clients/paws.e2e.ts runs them (npm run test:clients) and checks
# what they print; docs/server.md shows the same code as a copy-paste session.
suppressPackageStartupMessages({
  library(paws.analytics)
  library(paws.security.identity)
})

# snippet-start: setup
url <- Sys.getenv("HARNESS_URL")
if (url == "") stop("set HARNESS_URL to the URL npm run serve printed")

config <- list(
  endpoint = url,
  region = "us-east-1",
  credentials = list(creds = list(access_key_id = "AKIAIOSFODNN7EXAMPLE", secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
)
kinesis <- paws.analytics::kinesis(config = config)
firehose <- paws.analytics::firehose(config = config)
kms <- paws.security.identity::kms(config = config)

# The control API: POST a JSON object (an empty named list is `{}`).
harness <- function(path, body = structure(list(), names = character(0))) {
  req <- httr2::request(paste0(url, "/_harness/", path))
  req <- httr2::req_body_json(req, body, auto_unbox = TRUE)
  invisible(httr2::req_perform(req))
}
say <- function(...) cat(paste(...), "\n", sep = "")
advance <- function(ms) harness("clock/advance", list(ms = ms))
# snippet-end: setup

stream_status <- function(name) {
  s <- kinesis$describe_stream_summary(StreamName = name)$StreamDescriptionSummary
  key <- if (length(s$KeyId) == 0) "-" else s$KeyId
  say(s$StreamStatus, s$EncryptionType, key)
}

# How a paws error looks to the code that catches it.
show_error <- function(e) {
  say("error", e$error_response$`__type`, e$status_code)
  say(conditionMessage(e))
}

kinesis_scenario <- function() {
  # snippet-start: kinesis
  kinesis$create_stream(StreamName = "orders", ShardCount = 1)
  stream_status("orders")
  advance(10000)
  stream_status("orders")
  kinesis$start_stream_encryption(StreamName = "orders", EncryptionType = "KMS", KeyId = "alias/aws/kinesis")
  stream_status("orders")
  tryCatch(
    kinesis$start_stream_encryption(StreamName = "orders", EncryptionType = "KMS", KeyId = "alias/aws/kinesis"),
    error = show_error
  )
  advance(5000)
  stream_status("orders")
  advance(5000) # records are encrypted within 5 s of ACTIVE
  put <- kinesis$put_record(StreamName = "orders", PartitionKey = "a", Data = charToRaw("hello"))
  say("put", put$EncryptionType)
  iterator <- kinesis$get_shard_iterator(StreamName = "orders", ShardId = put$ShardId, ShardIteratorType = "TRIM_HORIZON")$ShardIterator
  record <- kinesis$get_records(ShardIterator = iterator)$Records[[1]]
  say("get", rawToChar(record$Data), record$EncryptionType)
  # rotate to a customer managed key
  key_id <- kms$create_key(Description = "orders stream key")$KeyMetadata$KeyId
  kms$create_alias(AliasName = "alias/orders", TargetKeyId = key_id)
  kinesis$start_stream_encryption(StreamName = "orders", EncryptionType = "KMS", KeyId = "alias/orders")
  advance(5000)
  stream_status("orders")
  # stop
  kinesis$stop_stream_encryption(StreamName = "orders", EncryptionType = "KMS", KeyId = "alias/orders")
  stream_status("orders")
  advance(10000)
  stream_status("orders")
  put <- kinesis$put_record(StreamName = "orders", PartitionKey = "a", Data = charToRaw("plain"))
  say("put", if (length(put$EncryptionType) == 0) "-" else put$EncryptionType)
  tryCatch(
    kinesis$start_stream_encryption(StreamName = "nope", EncryptionType = "KMS", KeyId = "alias/aws/kinesis"),
    error = show_error
  )
  # snippet-end: kinesis
}

firehose_scenario <- function() {
  firehose$create_delivery_stream(
    DeliveryStreamName = "logs",
    DeliveryStreamType = "DirectPut",
    ExtendedS3DestinationConfiguration = list(RoleARN = "arn:aws:iam::123456789012:role/firehose", BucketARN = "arn:aws:s3:::logs-bucket")
  )
  harness("clock/settle")
  firehose$start_delivery_stream_encryption(
    DeliveryStreamName = "logs",
    DeliveryStreamEncryptionConfigurationInput = list(KeyType = "AWS_OWNED_CMK")
  )
  for (step in 1:2) {
    e <- firehose$describe_delivery_stream(DeliveryStreamName = "logs")$DeliveryStreamDescription$DeliveryStreamEncryptionConfiguration
    say(e$Status, e$KeyType)
    advance(5000)
  }
}

args <- commandArgs(trailingOnly = TRUE)
scenario <- if (length(args) == 1) args[[1]] else ""
switch(scenario,
  kinesis = kinesis_scenario(),
  firehose = firehose_scenario(),
  stop("usage: HARNESS_URL=... Rscript paws.R kinesis|firehose")
)
