import { Document, Page, Text } from '@react-pdf/renderer';

export const ExportPdf = ({ title }: { title: string }) => (
  <Document>
    <Page>
      <Text>{title}</Text>
    </Page>
  </Document>
);
