import { S3Client } from '@aws-sdk/client-s3';

// The reports go to the bucket in the account's own region; the API's endpoint is documented elsewhere.
const apiEndpoint = 'https://reports.example.org/api';
export const client = new S3Client({ region: process.env.AWS_REGION });
export const endpoint = apiEndpoint;
