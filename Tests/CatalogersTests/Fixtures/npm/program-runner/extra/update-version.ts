console.log("1.5.0");
