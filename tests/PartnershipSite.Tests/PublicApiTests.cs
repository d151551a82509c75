using PartnershipSite.Build;
using PartnershipSite.Tests.Golden;
using PublicApiGenerator;

namespace PartnershipSite.Tests;

/// <summary>
/// The engine's public surface, pinned: every type is internal unless the CLI needs it, so a change to this file is a
/// change to what the CLI (or another program hosting the engine) can call, to be reviewed as a diff.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Core_public_api_matches_the_approved_file()
    {
        var api = typeof(SiteBuilder).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The target framework attribute says nothing about the API and changes with the SDK.
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"],
        });

        GoldenFiles.Verify("PartnershipSite.Core.public-api.txt", api);
    }

    [Fact]
    public void Every_public_core_type_is_used_by_the_cli_or_by_a_public_signature()
    {
        // The CLI's needs define the surface: each public type is named by the CLI's own code, or appears in the
        // signature of a public member the CLI reaches (a parameter, a property, a base type).
        var core = typeof(SiteBuilder).Assembly;
        var cli = typeof(PartnershipSite.Cli.ExitCodes).Assembly;
        var named = UsedTypes(cli).Where(t => t.Assembly == core).ToHashSet();
        var reachable = new HashSet<Type>();
        var pending = new Queue<Type>(named);
        while (pending.TryDequeue(out var type))
        {
            if (type.Assembly != core || !reachable.Add(type))
            {
                continue;
            }
            foreach (var related in Signature(type, nonPublic: false))
            {
                pending.Enqueue(related);
            }
        }

        var unused = core.GetExportedTypes().Where(t => !t.IsNested && !reachable.Contains(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, "Public, but the CLI does not need them (make them internal): " + string.Join(", ", unused));
    }

    // The types the CLI's IL refers to, read from its metadata (every type reference and member reference's parent).
    private static IEnumerable<Type> UsedTypes(System.Reflection.Assembly assembly)
    {
        foreach (var module in assembly.GetModules())
        {
            for (var token = 0x01000001; ; token++)
            {
                Type? type;
                try
                {
                    type = module.ResolveType(token);
                }
                catch (ArgumentOutOfRangeException)
                {
                    break;
                }
                catch (Exception e) when (e is ArgumentException or TypeLoadException)
                {
                    continue;
                }
                yield return type;
            }
        }
        foreach (var type in assembly.GetTypes())
        {
            foreach (var related in Signature(type, nonPublic: true))
            {
                yield return related;
            }
        }
    }

    // The types a type's public (with nonPublic, every) member signatures mention, generic arguments unwrapped.
    private static IEnumerable<Type> Signature(Type type, bool nonPublic)
    {
        var flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static
            | System.Reflection.BindingFlags.DeclaredOnly | (nonPublic ? System.Reflection.BindingFlags.NonPublic : 0);
        var mentioned = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            mentioned.Add(baseType);
        }
        mentioned.AddRange(type.GetInterfaces());
        foreach (var member in type.GetMembers(flags))
        {
            switch (member)
            {
                case System.Reflection.FieldInfo field:
                    mentioned.Add(field.FieldType);
                    break;
                case System.Reflection.PropertyInfo property:
                    mentioned.Add(property.PropertyType);
                    break;
                case System.Reflection.MethodBase method:
                    mentioned.AddRange(method.GetParameters().Select(p => p.ParameterType));
                    if (method is System.Reflection.MethodInfo info)
                    {
                        mentioned.Add(info.ReturnType);
                    }
                    break;
                case Type nested:
                    mentioned.Add(nested);
                    break;
            }
        }
        return mentioned.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Unwrap)] : [type];
    }
}
