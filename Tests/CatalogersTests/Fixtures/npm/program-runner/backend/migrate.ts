console.log("no migrations yet");
