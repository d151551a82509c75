namespace PartnershipSite.Markup.Blocks;

/// <summary>The two callouts of Govspeak, told apart by their marker.</summary>
internal enum CalloutKind
{
    /// <summary><c>^…^</c>: information the reader should notice (GOV.UK's info-notice).</summary>
    Information,

    /// <summary><c>%…%</c>: a warning (GOV.UK's help-notice).</summary>
    Warning,
}
