const { S3Client } = require('@aws-sdk/client-s3');
const client = new S3Client({ endpoint: 'http://localhost:9000', forcePathStyle: true });
module.exports = client;
