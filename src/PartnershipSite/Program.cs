using PartnershipSite.Cli;

return await CommandLine.RunAsync(args);
