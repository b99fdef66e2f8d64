const { Aedes } = require("aedes");

const broker = new Aedes();
console.log("MQTT broker", broker.id);
