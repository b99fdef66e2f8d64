// mentions 'yaml' and "rimraf" in prose only; import x from 'sentry-cli'
