"""The ``__init__`` of every record of the package (``records.init_source``), compiled with it.

Written by ``python tools/record_inits.py``: do not edit. Compiling an ``__init__`` when its
record is first made took about 150 us a record, 40 to 60 records a lint: 5 to 9 ms of every
run, 3 to 4 more in each of its worker processes. ``records`` takes a record's code from here
by its ``init_key`` (the names these functions use, ``_object_setattr``, ``_HAS_FACTORY`` and
``_factory_N``, are the globals it gives that code) and compiles only what is not here: a
record changed since, which tests/test_record_inits.py reports until the tool is run again.
"""

INITS = {}


def __init__(self, agent, style_type):
    _object_setattr(self, 'agent', agent)
    _object_setattr(self, 'style_type', style_type)
INITS['F:agent,style_type'] = __init__


def __init__(self, alias, problem, type, scope, file, line):
    _object_setattr(self, 'alias', alias)
    _object_setattr(self, 'problem', problem)
    _object_setattr(self, 'type', type)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'file', file)
    _object_setattr(self, 'line', line)
INITS['F:alias,problem,type,scope,file,line'] = __init__


def __init__(self, alias, provider, version, scope, key, entry, entry_type, version_span, effective, place):
    _object_setattr(self, 'alias', alias)
    _object_setattr(self, 'provider', provider)
    _object_setattr(self, 'version', version)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'key', key)
    _object_setattr(self, 'entry', entry)
    _object_setattr(self, 'entry_type', entry_type)
    _object_setattr(self, 'version_span', version_span)
    _object_setattr(self, 'effective', effective)
    _object_setattr(self, 'place', place)
INITS['F:alias,provider,version,scope,key,entry,entry_type,version_span,effective,place'] = __init__


def __init__(self, alias, provider, version, scope, node, key_offset, key_end):
    _object_setattr(self, 'alias', alias)
    _object_setattr(self, 'provider', provider)
    _object_setattr(self, 'version', version)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'node', node)
    _object_setattr(self, 'key_offset', key_offset)
    _object_setattr(self, 'key_end', key_end)
INITS['F:alias,provider,version,scope,node,key_offset,key_end'] = __init__


def __init__(self, alias, version, version_status, scope, file, line):
    _object_setattr(self, 'alias', alias)
    _object_setattr(self, 'version', version)
    _object_setattr(self, 'version_status', version_status)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'file', file)
    _object_setattr(self, 'line', line)
INITS['F:alias,version,version_status,scope,file,line'] = __init__


def __init__(self, attr, status):
    _object_setattr(self, 'attr', attr)
    _object_setattr(self, 'status', status)
INITS['F:attr,status'] = __init__


def __init__(self, base, patterns):
    _object_setattr(self, 'base', base)
    _object_setattr(self, 'patterns', patterns)
INITS['F:base,patterns'] = __init__


def __init__(self, block, text, root, typescript):
    _object_setattr(self, 'block', block)
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'typescript', typescript)
INITS['F:block,text,root,typescript'] = __init__


def __init__(self, blocks, comments, problems):
    _object_setattr(self, 'blocks', blocks)
    _object_setattr(self, 'comments', comments)
    _object_setattr(self, 'problems', problems)
INITS['F:blocks,comments,problems'] = __init__


def __init__(self, cell, part, attr):
    _object_setattr(self, 'cell', cell)
    _object_setattr(self, 'part', part)
    _object_setattr(self, 'attr', attr)
INITS['F:cell,part,attr'] = __init__


def __init__(self, children, comments, problems):
    _object_setattr(self, 'children', children)
    _object_setattr(self, 'comments', comments)
    _object_setattr(self, 'problems', problems)
INITS['F:children,comments,problems'] = __init__


def __init__(self, children, problems):
    _object_setattr(self, 'children', children)
    _object_setattr(self, 'problems', problems)
INITS['F:children,problems'] = __init__


def __init__(self, code, meaning_zh, meaning, toast, has_agent, documented):
    _object_setattr(self, 'code', code)
    _object_setattr(self, 'meaning_zh', meaning_zh)
    _object_setattr(self, 'meaning', meaning)
    _object_setattr(self, 'toast', toast)
    _object_setattr(self, 'has_agent', has_agent)
    _object_setattr(self, 'documented', documented)
INITS['F:code,meaning_zh,meaning,toast,has_agent,documented'] = __init__


def __init__(self, code, message, path, start, end, fix, line, column):
    _object_setattr(self, 'code', code)
    _object_setattr(self, 'message', message)
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'fix', fix)
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'column', column)
INITS['F:code,message,path,start,end,fix,line,column'] = __init__


def __init__(self, code, name, count, fixable):
    _object_setattr(self, 'code', code)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'count', count)
    _object_setattr(self, 'fixable', fixable)
INITS['F:code,name,count,fixable'] = __init__


def __init__(self, code, name, severity, message, file, line, column, attribute):
    _object_setattr(self, 'code', code)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'severity', severity)
    _object_setattr(self, 'message', message)
    _object_setattr(self, 'file', file)
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'column', column)
    _object_setattr(self, 'attribute', attribute)
INITS['F:code,name,severity,message,file,line,column,attribute'] = __init__


def __init__(self, code, name, severity, message, path, line, column, end_line, end_column, fix):
    _object_setattr(self, 'code', code)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'severity', severity)
    _object_setattr(self, 'message', message)
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'column', column)
    _object_setattr(self, 'end_line', end_line)
    _object_setattr(self, 'end_column', end_column)
    _object_setattr(self, 'fix', fix)
INITS['F:code,name,severity,message,path,line,column,end_line,end_column,fix'] = __init__


def __init__(self, dependencies):
    _object_setattr(self, 'dependencies', _factory_0() if dependencies is _HAS_FACTORY else dependencies)
INITS['F:dependencies*'] = __init__


def __init__(self, detection, paths):
    _object_setattr(self, 'detection', detection)
    _object_setattr(self, 'paths', paths)
INITS['F:detection,paths'] = __init__


def __init__(self, document, end_tags):
    _object_setattr(self, 'document', document)
    _object_setattr(self, 'end_tags', end_tags)
INITS['F:document,end_tags'] = __init__


def __init__(self, documents):
    _object_setattr(self, 'documents', documents)
INITS['F:documents'] = __init__


def __init__(self, edit, added, reason):
    _object_setattr(self, 'edit', edit)
    _object_setattr(self, 'added', added)
    _object_setattr(self, 'reason', reason)
INITS['F:edit,added,reason'] = __init__


def __init__(self, errors, warnings, info, codes):
    _object_setattr(self, 'errors', errors)
    _object_setattr(self, 'warnings', warnings)
    _object_setattr(self, 'info', info)
    _object_setattr(self, 'codes', _factory_3() if codes is _HAS_FACTORY else codes)
INITS['F:errors,warnings,info,codes*'] = __init__


def __init__(self, files, pruned, irregular):
    _object_setattr(self, 'files', files)
    _object_setattr(self, 'pruned', pruned)
    _object_setattr(self, 'irregular', irregular)
INITS['F:files,pruned,irregular'] = __init__


def __init__(self, folder, removed, kept):
    _object_setattr(self, 'folder', folder)
    _object_setattr(self, 'removed', removed)
    _object_setattr(self, 'kept', kept)
INITS['F:folder,removed,kept'] = __init__


def __init__(self, folder, shared, private):
    _object_setattr(self, 'folder', folder)
    _object_setattr(self, 'shared', shared)
    _object_setattr(self, 'private', private)
INITS['F:folder,shared,private'] = __init__


def __init__(self, folder, steps):
    _object_setattr(self, 'folder', folder)
    _object_setattr(self, 'steps', steps)
INITS['F:folder,steps'] = __init__


def __init__(self, framework, root, source_root, supported, variant, evidence, output_of, markers):
    _object_setattr(self, 'framework', framework)
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'source_root', source_root)
    _object_setattr(self, 'supported', supported)
    _object_setattr(self, 'variant', variant)
    _object_setattr(self, 'evidence', evidence)
    _object_setattr(self, 'output_of', output_of)
    _object_setattr(self, 'markers', markers)
INITS['F:framework,root,source_root,supported,variant,evidence,output_of,markers'] = __init__


def __init__(self, indent, newline):
    _object_setattr(self, 'indent', indent)
    _object_setattr(self, 'newline', newline)
INITS['F:indent,newline'] = __init__


def __init__(self, indent, newline, key_sep, item_sep, multiline):
    _object_setattr(self, 'indent', indent)
    _object_setattr(self, 'newline', newline)
    _object_setattr(self, 'key_sep', key_sep)
    _object_setattr(self, 'item_sep', item_sep)
    _object_setattr(self, 'multiline', multiline)
INITS['F:indent,newline,key_sep,item_sep,multiline'] = __init__


def __init__(self, indent, unit, newline):
    _object_setattr(self, 'indent', indent)
    _object_setattr(self, 'unit', unit)
    _object_setattr(self, 'newline', newline)
INITS['F:indent,unit,newline'] = __init__


def __init__(self, indent, unit, newline, quote, semicolons):
    _object_setattr(self, 'indent', indent)
    _object_setattr(self, 'unit', unit)
    _object_setattr(self, 'newline', newline)
    _object_setattr(self, 'quote', quote)
    _object_setattr(self, 'semicolons', semicolons)
INITS['F:indent,unit,newline,quote,semicolons'] = __init__


def __init__(self, index, partial, name, stored, linted):
    _object_setattr(self, 'index', index)
    _object_setattr(self, 'partial', partial)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'stored', stored)
    _object_setattr(self, 'linted', linted)
INITS['F:index,partial,name,stored,linted'] = __init__


def __init__(self, info, config, handlers, lifecycle, data, flag_set):
    _object_setattr(self, 'info', info)
    _object_setattr(self, 'config', config)
    _object_setattr(self, 'handlers', handlers)
    _object_setattr(self, 'lifecycle', lifecycle)
    _object_setattr(self, 'data', data)
    _object_setattr(self, 'flag_set', flag_set)
INITS['F:info,config,handlers,lifecycle,data,flag_set'] = __init__


def __init__(self, key, params):
    _object_setattr(self, 'key', key)
    _object_setattr(self, 'params', params)
INITS['F:key,params'] = __init__


def __init__(self, kind, methods, syntax_ok, insertion, other_keys, notes, typescript):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'methods', methods)
    _object_setattr(self, 'syntax_ok', syntax_ok)
    _object_setattr(self, 'insertion', insertion)
    _object_setattr(self, 'other_keys', other_keys)
    _object_setattr(self, 'notes', notes)
    _object_setattr(self, 'typescript', typescript)
INITS['F:kind,methods,syntax_ok,insertion,other_keys,notes,typescript'] = __init__


def __init__(self, kind, name, event, reason):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'event', event)
    _object_setattr(self, 'reason', reason)
INITS['F:kind,name,event,reason'] = __init__


def __init__(self, kind, name, start, end, root_tag, handlers_insertable):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'root_tag', root_tag)
    _object_setattr(self, 'handlers_insertable', handlers_insertable)
INITS['F:kind,name,start,end,root_tag,handlers_insertable'] = __init__


def __init__(self, kind, name, static, value, bound, catch, capture, reason):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'static', static)
    _object_setattr(self, 'value', value)
    _object_setattr(self, 'bound', bound)
    _object_setattr(self, 'catch', catch)
    _object_setattr(self, 'capture', capture)
    _object_setattr(self, 'reason', reason)
INITS['F:kind,name,static,value,bound,catch,capture,reason'] = __init__


def __init__(self, kind, node, root, anchor):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'node', node)
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'anchor', anchor)
INITS['F:kind,node,root,anchor'] = __init__


def __init__(self, kind, relpath, view, config, scope, tags, own_tags, undeclared, cells, problems):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'relpath', relpath)
    _object_setattr(self, 'view', view)
    _object_setattr(self, 'config', config)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'tags', tags)
    _object_setattr(self, 'own_tags', own_tags)
    _object_setattr(self, 'undeclared', undeclared)
    _object_setattr(self, 'cells', cells)
    _object_setattr(self, 'problems', problems)
INITS['F:kind,relpath,view,config,scope,tags,own_tags,undeclared,cells,problems'] = __init__


def __init__(self, kind, relpath, view_name, config_name):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'relpath', relpath)
    _object_setattr(self, 'view_name', view_name)
    _object_setattr(self, 'config_name', config_name)
INITS['F:kind,relpath,view_name,config_name'] = __init__


def __init__(self, kind, route, file, scope, declared, tags, cells, problems):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'route', route)
    _object_setattr(self, 'file', file)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'declared', declared)
    _object_setattr(self, 'tags', tags)
    _object_setattr(self, 'cells', cells)
    _object_setattr(self, 'problems', _factory_7() if problems is _HAS_FACTORY else problems)
INITS['F:kind,route,file,scope,declared,tags,cells,problems*'] = __init__


def __init__(self, kind, start, end, expression, inner_start, inner_end, static, value, text, binding):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'expression', expression)
    _object_setattr(self, 'inner_start', inner_start)
    _object_setattr(self, 'inner_end', inner_end)
    _object_setattr(self, 'static', static)
    _object_setattr(self, 'value', value)
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'binding', binding)
INITS['F:kind,start,end,expression,inner_start,inner_end,static,value,text,binding'] = __init__


def __init__(self, kind, tag, stands_for, start, end, tag_start, tag_end, source, declared):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'stands_for', stands_for)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'tag_start', tag_start)
    _object_setattr(self, 'tag_end', tag_end)
    _object_setattr(self, 'source', source)
    _object_setattr(self, 'declared', declared)
INITS['F:kind,tag,stands_for,start,end,tag_start,tag_end,source,declared'] = __init__


def __init__(self, kind, text, start, end):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
INITS['F:kind,text,start,end'] = __init__


def __init__(self, kind, value):
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'value', value)
INITS['F:kind,value'] = __init__


def __init__(self, length, platform, regions, problems, skipped, _starts):
    _object_setattr(self, 'length', length)
    _object_setattr(self, 'platform', platform)
    _object_setattr(self, 'regions', regions)
    _object_setattr(self, 'problems', problems)
    _object_setattr(self, 'skipped', skipped)
    _object_setattr(self, '_starts', _factory_5() if _starts is _HAS_FACTORY else _starts)
INITS['F:length,platform,regions,problems,skipped,_starts*'] = __init__


def __init__(self, level, text, style):
    _object_setattr(self, 'level', level)
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'style', style)
INITS['F:level,text,style'] = __init__


def __init__(self, line, column, offset):
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'column', column)
    _object_setattr(self, 'offset', offset)
INITS['F:line,column,offset'] = __init__


def __init__(self, location, relpath, plain):
    _object_setattr(self, 'location', location)
    _object_setattr(self, 'relpath', relpath)
    _object_setattr(self, 'plain', plain)
INITS['F:location,relpath,plain'] = __init__


def __init__(self, message, corrected, fix_title):
    _object_setattr(self, 'message', message)
    _object_setattr(self, 'corrected', corrected)
    _object_setattr(self, 'fix_title', fix_title)
INITS['F:message,corrected,fix_title'] = __init__


def __init__(self, message, edits, path):
    _object_setattr(self, 'message', message)
    _object_setattr(self, 'edits', edits)
    _object_setattr(self, 'path', path)
INITS['F:message,edits,path'] = __init__


def __init__(self, message, start):
    _object_setattr(self, 'message', message)
    _object_setattr(self, 'start', start)
INITS['F:message,start'] = __init__


def __init__(self, message, start, end):
    _object_setattr(self, 'message', message)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
INITS['F:message,start,end'] = __init__


def __init__(self, name, description, detail):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'description', description)
    _object_setattr(self, 'detail', detail)
INITS['F:name,description,detail'] = __init__


def __init__(self, name, detector, loader, planner, rules):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'detector', detector)
    _object_setattr(self, 'loader', loader)
    _object_setattr(self, 'planner', planner)
    _object_setattr(self, 'rules', rules)
INITS['F:name,detector,loader,planner,rules'] = __init__


def __init__(self, name, files, facts):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'files', files)
    _object_setattr(self, 'facts', facts)
INITS['F:name,files,facts'] = __init__


def __init__(self, name, kind, default, options, effective, description, required, documented, free_number):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'default', default)
    _object_setattr(self, 'options', options)
    _object_setattr(self, 'effective', effective)
    _object_setattr(self, 'description', description)
    _object_setattr(self, 'required', required)
    _object_setattr(self, 'documented', documented)
    _object_setattr(self, 'free_number', free_number)
INITS['F:name,kind,default,options,effective,description,required,documented,free_number'] = __init__


def __init__(self, name, params, body):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'params', params)
    _object_setattr(self, 'body', body)
INITS['F:name,params,body'] = __init__


def __init__(self, name, severity, count):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'severity', severity)
    _object_setattr(self, 'count', count)
INITS['F:name,severity,count'] = __init__


def __init__(self, name, start, end, name_start, name_end, value):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'name_start', name_start)
    _object_setattr(self, 'name_end', name_end)
    _object_setattr(self, 'value', value)
INITS['F:name,start,end,name_start,name_end,value'] = __init__


def __init__(self, name, true, false, supports_else, closed, vue):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'true', true)
    _object_setattr(self, 'false', false)
    _object_setattr(self, 'supports_else', supports_else)
    _object_setattr(self, 'closed', closed)
    _object_setattr(self, 'vue', vue)
INITS['F:name,true,false,supports_else,closed,vue'] = __init__


def __init__(self, name, value, quote, start, value_start, end):
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'value', value)
    _object_setattr(self, 'quote', quote)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'value_start', value_start)
    _object_setattr(self, 'end', end)
INITS['F:name,value,quote,start,value_start,end'] = __init__


def __init__(self, names, reason, other_names, style, syntax_ok, typescript):
    _object_setattr(self, 'names', names)
    _object_setattr(self, 'reason', reason)
    _object_setattr(self, 'other_names', other_names)
    _object_setattr(self, 'style', style)
    _object_setattr(self, 'syntax_ok', syntax_ok)
    _object_setattr(self, 'typescript', typescript)
INITS['F:names,reason,other_names,style,syntax_ok,typescript'] = __init__


def __init__(self, object_start, object_end, needs_methods_key, last_member_end, trailing_comma, member_indent, indent_unit, newline, anchor, closing_indent):
    _object_setattr(self, 'object_start', object_start)
    _object_setattr(self, 'object_end', object_end)
    _object_setattr(self, 'needs_methods_key', needs_methods_key)
    _object_setattr(self, 'last_member_end', last_member_end)
    _object_setattr(self, 'trailing_comma', trailing_comma)
    _object_setattr(self, 'member_indent', member_indent)
    _object_setattr(self, 'indent_unit', indent_unit)
    _object_setattr(self, 'newline', newline)
    _object_setattr(self, 'anchor', anchor)
    _object_setattr(self, 'closing_indent', closing_indent)
INITS['F:object_start,object_end,needs_methods_key,last_member_end,trailing_comma,member_indent,indent_unit,newline,anchor,closing_indent'] = __init__


def __init__(self, page, plugid, plugid_expr, attributes, tag, templates):
    _object_setattr(self, 'page', page)
    _object_setattr(self, 'plugid', plugid)
    _object_setattr(self, 'plugid_expr', plugid_expr)
    _object_setattr(self, 'attributes', _factory_3() if attributes is _HAS_FACTORY else attributes)
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'templates', templates)
INITS['F:page,plugid,plugid_expr,attributes*,tag,templates'] = __init__


def __init__(self, path, before, after, summary):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'before', before)
    _object_setattr(self, 'after', after)
    _object_setattr(self, 'summary', summary)
INITS['F:path,before,after,summary'] = __init__


def __init__(self, path, content, previous):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'content', content)
    _object_setattr(self, 'previous', previous)
INITS['F:path,content,previous'] = __init__


def __init__(self, path, diagnostics, text):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'diagnostics', diagnostics)
    _object_setattr(self, 'text', text)
INITS['F:path,diagnostics,text'] = __init__


def __init__(self, path, line, column):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'column', column)
INITS['F:path,line,column'] = __init__


def __init__(self, path, raw, text, bom):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'raw', raw)
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'bom', bom)
INITS['F:path,raw,text,bom'] = __init__


def __init__(self, path, root, version, text, items):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'version', version)
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'items', items)
INITS['F:path,root,version,text,items'] = __init__


def __init__(self, path, start, end, quote):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'quote', quote)
INITS['F:path,start,end,quote'] = __init__


def __init__(self, path, tags, body_start, body_end, react):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'tags', tags)
    _object_setattr(self, 'body_start', body_start)
    _object_setattr(self, 'body_end', body_end)
    _object_setattr(self, 'react', react)
INITS['F:path,tags,body_start,body_end,react'] = __init__


def __init__(self, path, text, span, end_line):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'span', span)
    _object_setattr(self, 'end_line', end_line)
INITS['F:path,text,span,end_line'] = __init__


def __init__(self, path, text, version):
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'version', version)
INITS['F:path,text,version'] = __init__


def __init__(self, paths, output_format, no_color, lang):
    _object_setattr(self, 'paths', paths)
    _object_setattr(self, 'output_format', output_format)
    _object_setattr(self, 'no_color', no_color)
    _object_setattr(self, 'lang', lang)
INITS['F:paths,output_format,no_color,lang'] = __init__


def __init__(self, paths, output_format, output_file, select, extend_select, ignore, fix, diff, statistics, exit_zero, no_cache, cache_dir, no_color, lang):
    _object_setattr(self, 'paths', paths)
    _object_setattr(self, 'output_format', output_format)
    _object_setattr(self, 'output_file', output_file)
    _object_setattr(self, 'select', select)
    _object_setattr(self, 'extend_select', extend_select)
    _object_setattr(self, 'ignore', ignore)
    _object_setattr(self, 'fix', fix)
    _object_setattr(self, 'diff', diff)
    _object_setattr(self, 'statistics', statistics)
    _object_setattr(self, 'exit_zero', exit_zero)
    _object_setattr(self, 'no_cache', no_cache)
    _object_setattr(self, 'cache_dir', cache_dir)
    _object_setattr(self, 'no_color', no_color)
    _object_setattr(self, 'lang', lang)
INITS['F:paths,output_format,output_file,select,extend_select,ignore,fix,diff,statistics,exit_zero,no_cache,cache_dir,no_color,lang'] = __init__


def __init__(self, producer, current, linted, version, encoding, document_changes, lang, writable):
    _object_setattr(self, 'producer', producer)
    _object_setattr(self, 'current', current)
    _object_setattr(self, 'linted', linted)
    _object_setattr(self, 'version', version)
    _object_setattr(self, 'encoding', encoding)
    _object_setattr(self, 'document_changes', document_changes)
    _object_setattr(self, 'lang', lang)
    _object_setattr(self, 'writable', writable)
INITS['F:producer,current,linted,version,encoding,document_changes,lang,writable'] = __init__


def __init__(self, project, declarations, broken_declarations, uses, lint, error, root_arg):
    _object_setattr(self, 'project', project)
    _object_setattr(self, 'declarations', declarations)
    _object_setattr(self, 'broken_declarations', broken_declarations)
    _object_setattr(self, 'uses', uses)
    _object_setattr(self, 'lint', lint)
    _object_setattr(self, 'error', error)
    _object_setattr(self, 'root_arg', root_arg)
INITS['F:project,declarations,broken_declarations,uses,lint,error,root_arg'] = __init__


def __init__(self, project, published):
    _object_setattr(self, 'project', project)
    _object_setattr(self, 'published', published)
INITS['F:project,published'] = __init__


def __init__(self, quote, quote_keys, trailing_comma, brace_space, layout):
    _object_setattr(self, 'quote', quote)
    _object_setattr(self, 'quote_keys', quote_keys)
    _object_setattr(self, 'trailing_comma', trailing_comma)
    _object_setattr(self, 'brace_space', brace_space)
    _object_setattr(self, 'layout', layout)
INITS['F:quote,quote_keys,trailing_comma,brace_space,layout'] = __init__


def __init__(self, raw_name, start, end, name_end, directive, argument, argument_start, argument_end, dynamic, modifiers, value, value_start, value_end, quote):
    _object_setattr(self, 'raw_name', raw_name)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'name_end', name_end)
    _object_setattr(self, 'directive', directive)
    _object_setattr(self, 'argument', argument)
    _object_setattr(self, 'argument_start', argument_start)
    _object_setattr(self, 'argument_end', argument_end)
    _object_setattr(self, 'dynamic', dynamic)
    _object_setattr(self, 'modifiers', modifiers)
    _object_setattr(self, 'value', value)
    _object_setattr(self, 'value_start', value_start)
    _object_setattr(self, 'value_end', value_end)
    _object_setattr(self, 'quote', quote)
INITS['F:raw_name,start,end,name_end,directive,argument,argument_start,argument_end,dynamic,modifiers,value,value_start,value_end,quote'] = __init__


def __init__(self, reason, start, end):
    _object_setattr(self, 'reason', reason)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
INITS['F:reason,start,end'] = __init__


def __init__(self, regex, negated, folders_only):
    _object_setattr(self, 'regex', regex)
    _object_setattr(self, 'negated', negated)
    _object_setattr(self, 'folders_only', folders_only)
INITS['F:regex,negated,folders_only'] = __init__


def __init__(self, registration, alias, component, scope, independent, placeholders):
    _object_setattr(self, 'registration', registration)
    _object_setattr(self, 'alias', alias)
    _object_setattr(self, 'component', component)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'independent', independent)
    _object_setattr(self, 'placeholders', placeholders)
INITS['F:registration,alias,component,scope,independent,placeholders'] = __init__


def __init__(self, role, kind, span, message, line, column):
    _object_setattr(self, 'role', role)
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'span', span)
    _object_setattr(self, 'message', message)
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'column', column)
INITS['F:role,kind,span,message,line,column'] = __init__


def __init__(self, root, app_dir, compile_type, typescript, framework, variant, build_output_of, build_output_framework):
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'app_dir', app_dir)
    _object_setattr(self, 'compile_type', compile_type)
    _object_setattr(self, 'typescript', typescript)
    _object_setattr(self, 'framework', framework)
    _object_setattr(self, 'variant', _factory_5() if variant is _HAS_FACTORY else variant)
    _object_setattr(self, 'build_output_of', build_output_of)
    _object_setattr(self, 'build_output_framework', build_output_framework)
INITS['F:root,app_dir,compile_type,typescript,framework,variant*,build_output_of,build_output_framework'] = __init__


def __init__(self, root, app_dir, config, app, compile_type, typescript):
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'app_dir', app_dir)
    _object_setattr(self, 'config', config)
    _object_setattr(self, 'app', app)
    _object_setattr(self, 'compile_type', compile_type)
    _object_setattr(self, 'typescript', typescript)
INITS['F:root,app_dir,config,app,compile_type,typescript'] = __init__


def __init__(self, root, app_dir, configs):
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'app_dir', app_dir)
    _object_setattr(self, 'configs', configs)
INITS['F:root,app_dir,configs'] = __init__


def __init__(self, root, call, config, target):
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'call', call)
    _object_setattr(self, 'config', config)
    _object_setattr(self, 'target', target)
INITS['F:root,call,config,target'] = __init__


def __init__(self, root, pages, independent, name, node, independent_node):
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'pages', pages)
    _object_setattr(self, 'independent', independent)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'node', node)
    _object_setattr(self, 'independent_node', independent_node)
INITS['F:root,pages,independent,name,node,independent_node'] = __init__


def __init__(self, root, pages, independent, name, span, independent_span):
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'pages', pages)
    _object_setattr(self, 'independent', independent)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'span', span)
    _object_setattr(self, 'independent_span', independent_span)
INITS['F:root,pages,independent,name,span,independent_span'] = __init__


def __init__(self, root, shape, reason, detail, offset, syntax_ok):
    _object_setattr(self, 'root', root)
    _object_setattr(self, 'shape', shape)
    _object_setattr(self, 'reason', reason)
    _object_setattr(self, 'detail', detail)
    _object_setattr(self, 'offset', offset)
    _object_setattr(self, 'syntax_ok', syntax_ok)
INITS['F:root,shape,reason,detail,offset,syntax_ok'] = __init__


def __init__(self, route, scope):
    _object_setattr(self, 'route', route)
    _object_setattr(self, 'scope', scope)
INITS['F:route,scope'] = __init__


def __init__(self, route, scope, node, registrations):
    _object_setattr(self, 'route', route)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'node', node)
    _object_setattr(self, 'registrations', registrations)
INITS['F:route,scope,node,registrations'] = __init__


def __init__(self, route, subpackage, app_dir):
    _object_setattr(self, 'route', route)
    _object_setattr(self, 'subpackage', subpackage)
    _object_setattr(self, 'app_dir', app_dir)
INITS['F:route,subpackage,app_dir'] = __init__


def __init__(self, rule, check_project, check_unit, check_cell):
    _object_setattr(self, 'rule', rule)
    _object_setattr(self, 'check_project', check_project)
    _object_setattr(self, 'check_unit', check_unit)
    _object_setattr(self, 'check_cell', check_cell)
INITS['F:rule,check_project,check_unit,check_cell'] = __init__


def __init__(self, rules, sources, tool_version, files_checked, color, show_fixes, lang):
    _object_setattr(self, 'rules', rules)
    _object_setattr(self, 'sources', sources)
    _object_setattr(self, 'tool_version', tool_version)
    _object_setattr(self, 'files_checked', files_checked)
    _object_setattr(self, 'color', color)
    _object_setattr(self, 'show_fixes', show_fixes)
    _object_setattr(self, 'lang', lang)
INITS['F:rules,sources,tool_version,files_checked,color,show_fixes,lang'] = __init__


def __init__(self, sfc, elements, comments):
    _object_setattr(self, 'sfc', sfc)
    _object_setattr(self, 'elements', elements)
    _object_setattr(self, 'comments', comments)
INITS['F:sfc,elements,comments'] = __init__


def __init__(self, source, output, framework, read, path, unknown):
    _object_setattr(self, 'source', source)
    _object_setattr(self, 'output', output)
    _object_setattr(self, 'framework', framework)
    _object_setattr(self, 'read', read)
    _object_setattr(self, 'path', path)
    _object_setattr(self, 'unknown', unknown)
INITS['F:source,output,framework,read,path,unknown'] = __init__


def __init__(self, source, root):
    _object_setattr(self, 'source', source)
    _object_setattr(self, 'root', root)
INITS['F:source,root'] = __init__


def __init__(self, span, what, reason):
    _object_setattr(self, 'span', span)
    _object_setattr(self, 'what', what)
    _object_setattr(self, 'reason', reason)
INITS['F:span,what,reason'] = __init__


def __init__(self, start, end, indent, unit, newline, after, close):
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'indent', indent)
    _object_setattr(self, 'unit', unit)
    _object_setattr(self, 'newline', newline)
    _object_setattr(self, 'after', after)
    _object_setattr(self, 'close', close)
INITS['F:start,end,indent,unit,newline,after,close'] = __init__


def __init__(self, start, end, text):
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'text', text)
INITS['F:start,end,text'] = __init__


def __init__(self, state, keys, point):
    _object_setattr(self, 'state', state)
    _object_setattr(self, 'keys', keys)
    _object_setattr(self, 'point', point)
INITS['F:state,keys,point'] = __init__


def __init__(self, status, name, kind):
    _object_setattr(self, 'status', status)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'kind', kind)
INITS['F:status,name,kind'] = __init__


def __init__(self, step, rank, seq):
    _object_setattr(self, 'step', step)
    _object_setattr(self, 'rank', rank)
    _object_setattr(self, 'seq', seq)
INITS['F:step,rank,seq'] = __init__


def __init__(self, style, modes, is_mask, block, style_source, mode_source):
    _object_setattr(self, 'style', style)
    _object_setattr(self, 'modes', modes)
    _object_setattr(self, 'is_mask', is_mask)
    _object_setattr(self, 'block', block)
    _object_setattr(self, 'style_source', style_source)
    _object_setattr(self, 'mode_source', mode_source)
INITS['F:style,modes,is_mask,block,style_source,mode_source'] = __init__


def __init__(self, syntax, kind, condition, condition_start, condition_end, start, end, then_start, then_end, else_start, closer_start, activity, parent):
    _object_setattr(self, 'syntax', syntax)
    _object_setattr(self, 'kind', kind)
    _object_setattr(self, 'condition', condition)
    _object_setattr(self, 'condition_start', condition_start)
    _object_setattr(self, 'condition_end', condition_end)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'then_start', then_start)
    _object_setattr(self, 'then_end', then_end)
    _object_setattr(self, 'else_start', else_start)
    _object_setattr(self, 'closer_start', closer_start)
    _object_setattr(self, 'activity', activity)
    _object_setattr(self, 'parent', parent)
INITS['F:syntax,kind,condition,condition_start,condition_end,start,end,then_start,then_end,else_start,closer_start,activity,parent'] = __init__


def __init__(self, syntax_ok, elements, hidden, comments):
    _object_setattr(self, 'syntax_ok', syntax_ok)
    _object_setattr(self, 'elements', elements)
    _object_setattr(self, 'hidden', hidden)
    _object_setattr(self, 'comments', comments)
INITS['F:syntax_ok,elements,hidden,comments'] = __init__


def __init__(self, tag, attributes, start, end, content_start, content_end, closed):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'attributes', attributes)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'content_start', content_start)
    _object_setattr(self, 'content_end', content_end)
    _object_setattr(self, 'closed', closed)
INITS['F:tag,attributes,start,end,content_start,content_end,closed'] = __init__


def __init__(self, tag, attributes, start, end, open_end, self_closing, children):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'attributes', attributes)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'open_end', open_end)
    _object_setattr(self, 'self_closing', self_closing)
    _object_setattr(self, 'children', children)
INITS['F:tag,attributes,start,end,open_end,self_closing,children'] = __init__


def __init__(self, tag, line, plugid, style_type, startmessage, completemessage, problems):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'plugid', plugid)
    _object_setattr(self, 'style_type', style_type)
    _object_setattr(self, 'startmessage', startmessage)
    _object_setattr(self, 'completemessage', completemessage)
    _object_setattr(self, 'problems', _factory_6() if problems is _HAS_FACTORY else problems)
INITS['F:tag,line,plugid,style_type,startmessage,completemessage,problems*'] = __init__


def __init__(self, tag, line, start, end, plugid, style_type, startmessage, completemessage, attributes):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'plugid', plugid)
    _object_setattr(self, 'style_type', style_type)
    _object_setattr(self, 'startmessage', startmessage)
    _object_setattr(self, 'completemessage', completemessage)
    _object_setattr(self, 'attributes', attributes)
INITS['F:tag,line,start,end,plugid,style_type,startmessage,completemessage,attributes'] = __init__


def __init__(self, tag, span, pages, known, class_config):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'span', span)
    _object_setattr(self, 'pages', pages)
    _object_setattr(self, 'known', known)
    _object_setattr(self, 'class_config', class_config)
INITS['F:tag,span,pages,known,class_config'] = __init__


def __init__(self, tag, tag_span, start_tag, registration, attrs, line, spreads, facts):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'tag_span', tag_span)
    _object_setattr(self, 'start_tag', start_tag)
    _object_setattr(self, 'registration', registration)
    _object_setattr(self, 'attrs', attrs)
    _object_setattr(self, 'line', line)
    _object_setattr(self, 'spreads', spreads)
    _object_setattr(self, 'facts', facts)
INITS['F:tag,tag_span,start_tag,registration,attrs,line,spreads,facts'] = __init__


def __init__(self, tag, tag_start, tag_end, start, end, open_end, close_start, self_closing, attributes, children):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'tag_start', tag_start)
    _object_setattr(self, 'tag_end', tag_end)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'open_end', open_end)
    _object_setattr(self, 'close_start', close_start)
    _object_setattr(self, 'self_closing', self_closing)
    _object_setattr(self, 'attributes', attributes)
    _object_setattr(self, 'children', children)
INITS['F:tag,tag_start,tag_end,start,end,open_end,close_start,self_closing,attributes,children'] = __init__


def __init__(self, tag, tag_start, tag_end, start, end, self_closing, attributes, open_end):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'tag_start', tag_start)
    _object_setattr(self, 'tag_end', tag_end)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'self_closing', self_closing)
    _object_setattr(self, 'attributes', attributes)
    _object_setattr(self, 'open_end', open_end)
INITS['F:tag,tag_start,tag_end,start,end,self_closing,attributes,open_end'] = __init__


def __init__(self, tag, url, scope, owner, key, value, syntax, effective):
    _object_setattr(self, 'tag', tag)
    _object_setattr(self, 'url', url)
    _object_setattr(self, 'scope', scope)
    _object_setattr(self, 'owner', owner)
    _object_setattr(self, 'key', key)
    _object_setattr(self, 'value', value)
    _object_setattr(self, 'syntax', syntax)
    _object_setattr(self, 'effective', effective)
INITS['F:tag,url,scope,owner,key,value,syntax,effective'] = __init__


def __init__(self, text, files):
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'files', files)
INITS['F:text,files'] = __init__


def __init__(self, text, start, end):
    _object_setattr(self, 'text', text)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
INITS['F:text,start,end'] = __init__


def __init__(self, title, rows):
    _object_setattr(self, 'title', title)
    _object_setattr(self, 'rows', rows)
INITS['F:title,rows'] = __init__


def __init__(self, type, value, start, end, quote):
    _object_setattr(self, 'type', type)
    _object_setattr(self, 'value', value)
    _object_setattr(self, 'start', start)
    _object_setattr(self, 'end', end)
    _object_setattr(self, 'quote', quote)
INITS['F:type,value,start,end,quote'] = __init__


def __init__(self, units, cached, linted):
    _object_setattr(self, 'units', units)
    _object_setattr(self, 'cached', cached)
    _object_setattr(self, 'linted', linted)
INITS['F:units,cached,linted'] = __init__


def __init__(self, value, label):
    _object_setattr(self, 'value', value)
    _object_setattr(self, 'label', label)
INITS['F:value,label'] = __init__


def __init__(self, view_suffix, config_suffix, define_call, style_suffix, quote, jsx_quote, semicolons, layout):
    _object_setattr(self, 'view_suffix', view_suffix)
    _object_setattr(self, 'config_suffix', config_suffix)
    _object_setattr(self, 'define_call', define_call)
    _object_setattr(self, 'style_suffix', style_suffix)
    _object_setattr(self, 'quote', quote)
    _object_setattr(self, 'jsx_quote', jsx_quote)
    _object_setattr(self, 'semicolons', semicolons)
    _object_setattr(self, 'layout', layout)
INITS['F:view_suffix,config_suffix,define_call,style_suffix,quote,jsx_quote,semicolons,layout'] = __init__


def __init__(self, void_tags, raw_tags, braces_in_values, unquoted_values, lt_in_text, fold_end_tags, sfc_root):
    _object_setattr(self, 'void_tags', void_tags)
    _object_setattr(self, 'raw_tags', raw_tags)
    _object_setattr(self, 'braces_in_values', braces_in_values)
    _object_setattr(self, 'unquoted_values', unquoted_values)
    _object_setattr(self, 'lt_in_text', lt_in_text)
    _object_setattr(self, 'fold_end_tags', fold_end_tags)
    _object_setattr(self, 'sfc_root', sfc_root)
INITS['F:void_tags,raw_tags,braces_in_values,unquoted_values,lt_in_text,fold_end_tags,sfc_root'] = __init__


def __init__(self, vue, setup, typescript):
    _object_setattr(self, 'vue', vue)
    _object_setattr(self, 'setup', setup)
    _object_setattr(self, 'typescript', typescript)
INITS['F:vue,setup,typescript'] = __init__


def __init__(self, where, name, body, container, wrap, problem, detail):
    _object_setattr(self, 'where', where)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'body', body)
    _object_setattr(self, 'container', container)
    _object_setattr(self, 'wrap', wrap)
    _object_setattr(self, 'problem', problem)
    _object_setattr(self, 'detail', detail)
INITS['F:where,name,body,container,wrap,problem,detail'] = __init__


def __init__(self, written, name_span, role, name, part, prop, value, value_type, value_span, binding, handler, dialect):
    _object_setattr(self, 'written', written)
    _object_setattr(self, 'name_span', name_span)
    _object_setattr(self, 'role', role)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'part', part)
    _object_setattr(self, 'prop', prop)
    _object_setattr(self, 'value', value)
    _object_setattr(self, 'value_type', value_type)
    _object_setattr(self, 'value_span', value_span)
    _object_setattr(self, 'binding', binding)
    _object_setattr(self, 'handler', handler)
    _object_setattr(self, 'dialect', dialect)
INITS['F:written,name_span,role,name,part,prop,value,value_type,value_span,binding,handler,dialect'] = __init__


def __init__(self, written, stands_for, span, kind):
    _object_setattr(self, 'written', written)
    _object_setattr(self, 'stands_for', stands_for)
    _object_setattr(self, 'span', span)
    _object_setattr(self, 'kind', kind)
INITS['F:written,stands_for,span,kind'] = __init__


def __init__(self, code, name, severity, summary, why, fix, bad, good, note, messages, enabled_by_default, fixable, frameworks):
    _object_setattr(self, 'code', code)
    _object_setattr(self, 'name', name)
    _object_setattr(self, 'severity', severity)
    _object_setattr(self, 'summary', summary)
    _object_setattr(self, 'why', why)
    _object_setattr(self, 'fix', fix)
    _object_setattr(self, 'bad', bad)
    _object_setattr(self, 'good', good)
    _object_setattr(self, 'note', note)
    _object_setattr(self, 'messages', _factory_9() if messages is _HAS_FACTORY else messages)
    _object_setattr(self, 'enabled_by_default', enabled_by_default)
    _object_setattr(self, 'fixable', fixable)
    _object_setattr(self, 'frameworks', frameworks)
    self.__post_init__()
INITS['FP:code,name,severity,summary,why,fix,bad,good,note,messages*,enabled_by_default,fixable,frameworks'] = __init__


def __init__(self, changeset, route, created, notes, warnings, manual):
    self.changeset = changeset
    self.route = route
    self.created = created
    self.notes = _factory_3() if notes is _HAS_FACTORY else notes
    self.warnings = _factory_4() if warnings is _HAS_FACTORY else warnings
    self.manual = manual
INITS['M:changeset,route,created,notes*,warnings*,manual'] = __init__


def __init__(self, changeset, status, alias, version, scope, where, warnings, global_tag):
    self.changeset = changeset
    self.status = status
    self.alias = alias
    self.version = version
    self.scope = scope
    self.where = where
    self.warnings = _factory_6() if warnings is _HAS_FACTORY else warnings
    self.global_tag = global_tag
INITS['M:changeset,status,alias,version,scope,where,warnings*,global_tag'] = __init__


def __init__(self, detection, app_config, declarations, subpackages, routes, global_registrations, misplaced_plugins, problems, readable, plugin_project, typescript, plugins_place, texts, units_independent):
    self.detection = detection
    self.app_config = app_config
    self.declarations = declarations
    self.subpackages = subpackages
    self.routes = routes
    self.global_registrations = global_registrations
    self.misplaced_plugins = misplaced_plugins
    self.problems = problems
    self.readable = readable
    self.plugin_project = plugin_project
    self.typescript = typescript
    self.plugins_place = plugins_place
    self.texts = _factory_12() if texts is _HAS_FACTORY else texts
    self.units_independent = units_independent
INITS['M:detection,app_config,declarations,subpackages,routes,global_registrations,misplaced_plugins,problems,readable,plugin_project,typescript,plugins_place,texts*,units_independent'] = __init__


def __init__(self, detection, app_config, declarations, subpackages, routes, global_registrations, misplaced_plugins, problems, readable, plugin_project, typescript, plugins_place, texts, units_independent, paths, app, compile_type, _page_routes):
    self.detection = detection
    self.app_config = app_config
    self.declarations = declarations
    self.subpackages = subpackages
    self.routes = routes
    self.global_registrations = global_registrations
    self.misplaced_plugins = misplaced_plugins
    self.problems = problems
    self.readable = readable
    self.plugin_project = plugin_project
    self.typescript = typescript
    self.plugins_place = plugins_place
    self.texts = _factory_12() if texts is _HAS_FACTORY else texts
    self.units_independent = units_independent
    self.paths = paths
    self.app = app
    self.compile_type = compile_type
    self._page_routes = _page_routes
INITS['M:detection,app_config,declarations,subpackages,routes,global_registrations,misplaced_plugins,problems,readable,plugin_project,typescript,plugins_place,texts*,units_independent,paths,app,compile_type,_page_routes'] = __init__


def __init__(self, detection, app_config, declarations, subpackages, routes, global_registrations, misplaced_plugins, problems, readable, plugin_project, typescript, plugins_place, texts, units_independent, roots, app, gaps, subpackage_nodes, subpackage_key, _graph, listing, _pages, _intrinsic):
    self.detection = detection
    self.app_config = app_config
    self.declarations = declarations
    self.subpackages = subpackages
    self.routes = routes
    self.global_registrations = global_registrations
    self.misplaced_plugins = misplaced_plugins
    self.problems = problems
    self.readable = readable
    self.plugin_project = plugin_project
    self.typescript = typescript
    self.plugins_place = plugins_place
    self.texts = _factory_12() if texts is _HAS_FACTORY else texts
    self.units_independent = units_independent
    self.roots = roots
    self.app = app
    self.gaps = _factory_16() if gaps is _HAS_FACTORY else gaps
    self.subpackage_nodes = _factory_17() if subpackage_nodes is _HAS_FACTORY else subpackage_nodes
    self.subpackage_key = subpackage_key
    self._graph = _graph
    self.listing = listing
    self._pages = _factory_21() if _pages is _HAS_FACTORY else _pages
    self._intrinsic = _intrinsic
INITS['M:detection,app_config,declarations,subpackages,routes,global_registrations,misplaced_plugins,problems,readable,plugin_project,typescript,plugins_place,texts*,units_independent,roots,app,gaps*,subpackage_nodes*,subpackage_key,_graph,listing,_pages*,_intrinsic'] = __init__


def __init__(self, detection, app_config, declarations, subpackages, routes, global_registrations, misplaced_plugins, problems, readable, plugin_project, typescript, plugins_place, texts, units_independent, vue, manifest, pages_json, entries, subpackage_key, multi_platform, helper):
    self.detection = detection
    self.app_config = app_config
    self.declarations = declarations
    self.subpackages = subpackages
    self.routes = routes
    self.global_registrations = global_registrations
    self.misplaced_plugins = misplaced_plugins
    self.problems = problems
    self.readable = readable
    self.plugin_project = plugin_project
    self.typescript = typescript
    self.plugins_place = plugins_place
    self.texts = _factory_12() if texts is _HAS_FACTORY else texts
    self.units_independent = units_independent
    self.vue = vue
    self.manifest = manifest
    self.pages_json = pages_json
    self.entries = _factory_17() if entries is _HAS_FACTORY else entries
    self.subpackage_key = subpackage_key
    self.multi_platform = multi_platform
    self.helper = helper
INITS['M:detection,app_config,declarations,subpackages,routes,global_registrations,misplaced_plugins,problems,readable,plugin_project,typescript,plugins_place,texts*,units_independent,vue,manifest,pages_json,entries*,subpackage_key,multi_platform,helper'] = __init__


def __init__(self, diagnostics, files_checked):
    self.diagnostics = _factory_0() if diagnostics is _HAS_FACTORY else diagnostics
    self.files_checked = files_checked
INITS['M:diagnostics*,files_checked'] = __init__


def __init__(self, diagnostics, sources, files, used, usage_known, uses):
    self.diagnostics = diagnostics
    self.sources = sources
    self.files = files
    self.used = used
    self.usage_known = usage_known
    self.uses = uses
INITS['M:diagnostics,sources,files,used,usage_known,uses'] = __init__


def __init__(self, diagnostics, used, usage_known, files, sources):
    self.diagnostics = diagnostics
    self.used = _factory_1() if used is _HAS_FACTORY else used
    self.usage_known = usage_known
    self.files = _factory_3() if files is _HAS_FACTORY else files
    self.sources = _factory_4() if sources is _HAS_FACTORY else sources
INITS['M:diagnostics,used*,usage_known,files*,sources*'] = __init__


def __init__(self, edits, declarations, fixed):
    self.edits = edits
    self.declarations = declarations
    self.fixed = fixed
INITS['M:edits,declarations,fixed'] = __init__


def __init__(self, file, text, problems):
    self.file = file
    self.text = text
    self.problems = _factory_2() if problems is _HAS_FACTORY else problems
INITS['M:file,text,problems*'] = __init__


def __init__(self, folder, relpath, json_name, wxml_name, script_name, plain, _made):
    self.folder = folder
    self.relpath = relpath
    self.json_name = json_name
    self.wxml_name = wxml_name
    self.script_name = script_name
    self.plain = plain
    self._made = _made
INITS['M:folder,relpath,json_name,wxml_name,script_name,plain,_made'] = __init__


def __init__(self, full, relist, paths):
    self.full = full
    self.relist = relist
    self.paths = _factory_2() if paths is _HAS_FACTORY else paths
INITS['M:full,relist,paths*'] = __init__


def __init__(self, importers, pages, unresolved):
    self.importers = _factory_0() if importers is _HAS_FACTORY else importers
    self.pages = _factory_1() if pages is _HAS_FACTORY else pages
    self.unresolved = unresolved
INITS['M:importers*,pages*,unresolved'] = __init__


def __init__(self, key, key_start, key_end, value):
    self.key = key
    self.key_start = key_start
    self.key_end = key_end
    self.value = value
INITS['M:key,key_start,key_end,value'] = __init__


def __init__(self, kind, relpath, files, scope, registrations, placeholders, misplaced_plugins, usage_known, texts):
    self.kind = kind
    self.relpath = relpath
    self.files = files
    self.scope = scope
    self.registrations = registrations
    self.placeholders = placeholders
    self.misplaced_plugins = misplaced_plugins
    self.usage_known = usage_known
    self.texts = _factory_8() if texts is _HAS_FACTORY else texts
INITS['M:kind,relpath,files,scope,registrations,placeholders,misplaced_plugins,usage_known,texts*'] = __init__


def __init__(self, kind, relpath, files, scope, registrations, placeholders, misplaced_plugins, usage_known, texts, project, ref, config_read, config_problems, gaps, _scanned, _text, _view_problems, _cells, _status, _unregistered, _hidden, _comments, _methods):
    self.kind = kind
    self.relpath = relpath
    self.files = files
    self.scope = scope
    self.registrations = registrations
    self.placeholders = placeholders
    self.misplaced_plugins = misplaced_plugins
    self.usage_known = usage_known
    self.texts = _factory_8() if texts is _HAS_FACTORY else texts
    self.project = project
    self.ref = ref
    self.config_read = config_read
    self.config_problems = _factory_12() if config_problems is _HAS_FACTORY else config_problems
    self.gaps = _factory_13() if gaps is _HAS_FACTORY else gaps
    self._scanned = _scanned
    self._text = _text
    self._view_problems = _factory_16() if _view_problems is _HAS_FACTORY else _view_problems
    self._cells = _factory_17() if _cells is _HAS_FACTORY else _cells
    self._status = _factory_18() if _status is _HAS_FACTORY else _status
    self._unregistered = _factory_19() if _unregistered is _HAS_FACTORY else _unregistered
    self._hidden = _factory_20() if _hidden is _HAS_FACTORY else _hidden
    self._comments = _factory_21() if _comments is _HAS_FACTORY else _comments
    self._methods = _methods
INITS['M:kind,relpath,files,scope,registrations,placeholders,misplaced_plugins,usage_known,texts*,project,ref,config_read,config_problems*,gaps*,_scanned,_text,_view_problems*,_cells*,_status*,_unregistered*,_hidden*,_comments*,_methods'] = __init__


def __init__(self, kind, relpath, files, scope, registrations, placeholders, misplaced_plugins, usage_known, texts, stem, project, config, config_problems, _view, _view_source, _view_problems, _scanned, _module, _script, _surely, _contact):
    self.kind = kind
    self.relpath = relpath
    self.files = files
    self.scope = scope
    self.registrations = registrations
    self.placeholders = placeholders
    self.misplaced_plugins = misplaced_plugins
    self.usage_known = usage_known
    self.texts = _factory_8() if texts is _HAS_FACTORY else texts
    self.stem = stem
    self.project = project
    self.config = config
    self.config_problems = _factory_12() if config_problems is _HAS_FACTORY else config_problems
    self._view = _view
    self._view_source = _view_source
    self._view_problems = _view_problems
    self._scanned = _scanned
    self._module = _module
    self._script = _script
    self._surely = _surely
    self._contact = _contact
INITS['M:kind,relpath,files,scope,registrations,placeholders,misplaced_plugins,usage_known,texts*,stem,project,config,config_problems*,_view,_view_source,_view_problems,_scanned,_module,_script,_surely,_contact'] = __init__


def __init__(self, kind, relpath, files, scope, registrations, placeholders, misplaced_plugins, usage_known, texts, vue_file, project, _text, _read, _problems, _sfc, _template, _scan, _needs, _candidates, _conditional, _script, _surely, _index, _lines_asked, _problems_read):
    self.kind = kind
    self.relpath = relpath
    self.files = files
    self.scope = scope
    self.registrations = registrations
    self.placeholders = placeholders
    self.misplaced_plugins = misplaced_plugins
    self.usage_known = usage_known
    self.texts = _factory_8() if texts is _HAS_FACTORY else texts
    self.vue_file = vue_file
    self.project = project
    self._text = _text
    self._read = _read
    self._problems = _factory_13() if _problems is _HAS_FACTORY else _problems
    self._sfc = _sfc
    self._template = _template
    self._scan = _scan
    self._needs = _needs
    self._candidates = _candidates
    self._conditional = _conditional
    self._script = _script
    self._surely = _surely
    self._index = _index
    self._lines_asked = _lines_asked
    self._problems_read = _problems_read
INITS['M:kind,relpath,files,scope,registrations,placeholders,misplaced_plugins,usage_known,texts*,vue_file,project,_text,_read,_problems*,_sfc,_template,_scan,_needs,_candidates,_conditional,_script,_surely,_index,_lines_asked,_problems_read'] = __init__


def __init__(self, kind, start, end, value, members, items, duplicates, trailing_comma):
    self.kind = kind
    self.start = start
    self.end = end
    self.value = value
    self.members = _factory_4() if members is _HAS_FACTORY else members
    self.items = _factory_5() if items is _HAS_FACTORY else items
    self.duplicates = _factory_6() if duplicates is _HAS_FACTORY else duplicates
    self.trailing_comma = trailing_comma
INITS['M:kind,start,end,value,members*,items*,duplicates*,trailing_comma'] = __init__


def __init__(self, kind, start, end, value, members, items, duplicates, trailing_comma, unknown, written):
    self.kind = kind
    self.start = start
    self.end = end
    self.value = value
    self.members = _factory_4() if members is _HAS_FACTORY else members
    self.items = _factory_5() if items is _HAS_FACTORY else items
    self.duplicates = _factory_6() if duplicates is _HAS_FACTORY else duplicates
    self.trailing_comma = trailing_comma
    self.unknown = _factory_8() if unknown is _HAS_FACTORY else unknown
    self.written = written
INITS['M:kind,start,end,value,members*,items*,duplicates*,trailing_comma,unknown*,written'] = __init__


def __init__(self, manifest, pages, file_pages):
    self.manifest = manifest
    self.pages = pages
    self.file_pages = _factory_2() if file_pages is _HAS_FACTORY else file_pages
INITS['M:manifest,pages,file_pages*'] = __init__


def __init__(self, match, else_match, children):
    self.match = match
    self.else_match = else_match
    self.children = _factory_2() if children is _HAS_FACTORY else children
INITS['M:match,else_match,children*'] = __init__


def __init__(self, members, edits, summary, warnings, manual, hides, data_key):
    self.members = _factory_0() if members is _HAS_FACTORY else members
    self.edits = _factory_1() if edits is _HAS_FACTORY else edits
    self.summary = _factory_2() if summary is _HAS_FACTORY else summary
    self.warnings = _factory_3() if warnings is _HAS_FACTORY else warnings
    self.manual = _factory_4() if manual is _HAS_FACTORY else manual
    self.hides = hides
    self.data_key = data_key
INITS['M:members*,edits*,summary*,warnings*,manual*,hides,data_key'] = __init__


def __init__(self, notes, manual, declaration, declared_alias):
    self.notes = _factory_0() if notes is _HAS_FACTORY else notes
    self.manual = _factory_1() if manual is _HAS_FACTORY else manual
    self.declaration = declaration
    self.declared_alias = declared_alias
INITS['M:notes*,manual*,declaration,declared_alias'] = __init__


def __init__(self, path, line, codes, span, used, malformed):
    self.path = path
    self.line = line
    self.codes = codes
    self.span = span
    self.used = used
    self.malformed = malformed
INITS['M:path,line,codes,span,used,malformed'] = __init__


def __init__(self, path, root):
    self.path = path
    self.root = _factory_1() if root is _HAS_FACTORY else root
INITS['M:path,root*'] = __init__


def __init__(self, path, root, text):
    self.path = path
    self.root = root
    self.text = text
INITS['M:path,root,text'] = __init__


def __init__(self, path, text, root, problems, gaps):
    self.path = path
    self.text = text
    self.root = root
    self.problems = _factory_3() if problems is _HAS_FACTORY else problems
    self.gaps = _factory_4() if gaps is _HAS_FACTORY else gaps
INITS['M:path,text,root,problems*,gaps*'] = __init__


def __init__(self, paths, select, extend_select, ignore, lang, collect_uses, detection, cache, cache_dir):
    self.paths = _factory_0() if paths is _HAS_FACTORY else paths
    self.select = select
    self.extend_select = _factory_2() if extend_select is _HAS_FACTORY else extend_select
    self.ignore = _factory_3() if ignore is _HAS_FACTORY else ignore
    self.lang = lang
    self.collect_uses = collect_uses
    self.detection = detection
    self.cache = cache
    self.cache_dir = cache_dir
INITS['M:paths*,select,extend_select*,ignore*,lang,collect_uses,detection,cache,cache_dir'] = __init__


def __init__(self, planner, path, tag, summary):
    self.planner = planner
    self.path = path
    self.tag = tag
    self.summary = _factory_3() if summary is _HAS_FACTORY else summary
INITS['M:planner,path,tag,summary*'] = __init__


def __init__(self, project, config, used_aliases):
    self.project = project
    self.config = config
    self.used_aliases = used_aliases
INITS['M:project,config,used_aliases'] = __init__


def __init__(self, project, options, ctx, enabled, modules, targets):
    self.project = project
    self.options = options
    self.ctx = ctx
    self.enabled = enabled
    self.modules = modules
    self.targets = targets
INITS['M:project,options,ctx,enabled,modules,targets'] = __init__


def __init__(self, ref, inputs, part):
    self.ref = ref
    self.inputs = inputs
    self.part = part
INITS['M:ref,inputs,part'] = __init__


def __init__(self, result, project, sources, uses, cache):
    self.result = result
    self.project = project
    self.sources = sources
    self.uses = _factory_3() if uses is _HAS_FACTORY else uses
    self.cache = cache
INITS['M:result,project,sources,uses*,cache'] = __init__


def __init__(self, root, changes, notes, _seq, _interim, _after):
    self.root = root
    self.changes = _factory_1() if changes is _HAS_FACTORY else changes
    self.notes = _factory_2() if notes is _HAS_FACTORY else notes
    self._seq = _factory_3() if _seq is _HAS_FACTORY else _seq
    self._interim = _factory_4() if _interim is _HAS_FACTORY else _interim
    self._after = _factory_5() if _after is _HAS_FACTORY else _after
INITS['M:root,changes*,notes*,_seq*,_interim*,_after*'] = __init__


def __init__(self, root, lang, gone, error, _results):
    self.root = root
    self.lang = lang
    self.gone = gone
    self.error = error
    self._results = _results
INITS['M:root,lang,gone,error,_results'] = __init__


def __init__(self, root, session, units, owners, by_file, fix_texts):
    self.root = root
    self.session = session
    self.units = _factory_2() if units is _HAS_FACTORY else units
    self.owners = _factory_3() if owners is _HAS_FACTORY else owners
    self.by_file = _factory_4() if by_file is _HAS_FACTORY else by_file
    self.fix_texts = _factory_5() if fix_texts is _HAS_FACTORY else fix_texts
INITS['M:root,session,units*,owners*,by_file*,fix_texts*'] = __init__


def __init__(self, run, fixed):
    self.run = run
    self.fixed = fixed
INITS['M:run,fixed'] = __init__


def __init__(self, select, extend_select, ignore, severity, per_file_ignores, exclude, plugids, path, cache):
    self.select = select
    self.extend_select = _factory_1() if extend_select is _HAS_FACTORY else extend_select
    self.ignore = _factory_2() if ignore is _HAS_FACTORY else ignore
    self.severity = _factory_3() if severity is _HAS_FACTORY else severity
    self.per_file_ignores = _factory_4() if per_file_ignores is _HAS_FACTORY else per_file_ignores
    self.exclude = _factory_5() if exclude is _HAS_FACTORY else exclude
    self.plugids = _factory_6() if plugids is _HAS_FACTORY else plugids
    self.path = path
    self.cache = cache
INITS['M:select,extend_select*,ignore*,severity*,per_file_ignores*,exclude*,plugids*,path,cache'] = __init__


def __init__(self, source, config):
    self.source = source
    self.config = config
INITS['M:source,config'] = __init__


def __init__(self, source, root, conditional, compiled, _index):
    self.source = source
    self.root = root
    self.conditional = conditional
    self.compiled = compiled
    self._index = _index
INITS['M:source,root,conditional,compiled,_index'] = __init__


def __init__(self, source, text):
    self.source = source
    self.text = text
INITS['M:source,text'] = __init__


def __init__(self, tag, attributes, start, open_end, children):
    self.tag = tag
    self.attributes = attributes
    self.start = start
    self.open_end = open_end
    self.children = children
INITS['M:tag,attributes,start,open_end,children'] = __init__


def __init__(self, view, config, new_view, new_config, style):
    self.view = view
    self.config = config
    self.new_view = new_view
    self.new_config = new_config
    self.style = style
INITS['M:view,config,new_view,new_config,style'] = __init__

del __init__
