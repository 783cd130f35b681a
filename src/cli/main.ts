console.log('plansync');
