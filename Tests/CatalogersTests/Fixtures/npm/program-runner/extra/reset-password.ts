console.log("reset");
