FROM ${UNDEFINED_BASE}
FROM
FROM alpine:3.20 extra words
