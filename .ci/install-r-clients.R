# Installs R paws for the client conformance suite (npm run test:clients) at pinned versions, from
# the configured CRAN mirror (getOption("repos")), as exact source tarballs in dependency order: the
# current file first, else the CRAN archive's copy. A package already installed at its pinned version
# is left alone, so a warm machine is done at once. Needs the Debian packages .ci/run installs first
# (r-base-core, r-cran-httr's dependencies, r-cran-cli/glue/lifecycle/magrittr/openssl/r6/withr,
# libcurl4-openssl-dev for curl's build).
#
#   Rscript .ci/install-r-clients.R
pinned <- c(
  curl = "8.1.0",              # httr2 1.3.0 needs curl >= 6.4.0; Debian 12 ships 5.0.0
  rlang = "1.3.0",
  vctrs = "0.7.3",
  digest = "0.6.39",
  httr2 = "1.3.0",
  paws.common = "0.9.0",
  paws.analytics = "0.11.0",
  paws.security.identity = "0.11.0"
)
lib <- Sys.getenv("R_CLIENTS_LIB", .libPaths()[1])
repos <- getOption("repos")
if (is.null(repos) || identical(unname(repos[1]), "@CRAN@")) stop("no CRAN mirror configured: set options(repos = ...) in Rprofile.site")
contrib <- contrib.url(repos[1], "source")

installed_version <- function(pkg) {
  v <- tryCatch(as.character(packageVersion(pkg)), error = function(e) NA_character_)
  v
}

for (pkg in names(pinned)) {
  want <- pinned[[pkg]]
  have <- installed_version(pkg)
  if (!is.na(have) && have == want) {
    cat(sprintf("%s %s already installed\n", pkg, want))
    next
  }
  file <- sprintf("%s_%s.tar.gz", pkg, want)
  dest <- file.path(tempdir(), file)
  urls <- c(file.path(contrib, file), file.path(contrib, "Archive", pkg, file))
  ok <- FALSE
  for (u in urls) {
    ok <- tryCatch({ download.file(u, dest, quiet = TRUE); TRUE }, error = function(e) FALSE, warning = function(w) FALSE)
    if (ok) break
  }
  if (!ok) stop(sprintf("cannot download %s %s from %s (nor from its Archive folder)", pkg, want, contrib))
  install.packages(dest, repos = NULL, type = "source", lib = lib, quiet = TRUE)
  have <- installed_version(pkg)
  if (is.na(have) || have != want) stop(sprintf("%s %s did not install (have %s)", pkg, want, have))
  cat(sprintf("%s %s installed\n", pkg, want))
}
