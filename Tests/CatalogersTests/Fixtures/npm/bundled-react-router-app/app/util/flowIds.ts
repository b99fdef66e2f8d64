export const flowIds = ["beratungshilfe", "prozesskostenhilfe"];
