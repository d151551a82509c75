namespace PartnershipSite.Checks;

/// <summary>One requirement the published site must hold, named as that requirement.</summary>
internal interface ICheck
{
    /// <summary>The check's name as reports show it (the class name).</summary>
    string Name => GetType().Name;
}
