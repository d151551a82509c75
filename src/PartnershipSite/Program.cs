using PartnershipSite.Cli;

return await CommandLine.RunAsync(args, Terminal.ForProcess(), TimeProvider.System);
