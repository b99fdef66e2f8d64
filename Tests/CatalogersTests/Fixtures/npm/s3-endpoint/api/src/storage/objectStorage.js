const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

class ObjectStorage {
  constructor({ endpoint, bucket, accessKeyId, secretAccessKey }) {
    this.bucket = bucket;
    this.client = new S3Client({
      endpoint,
      region: 'ca-central-1',
      credentials: { accessKeyId, secretAccessKey },
    });
  }

  put(key, body) {
    return this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body }));
  }
}

module.exports = ObjectStorage;
