import dayjs from 'dayjs';

export const loggTid = (melding: string) => console.log(`${dayjs().format('HH:mm:ss')} ${melding}`);
