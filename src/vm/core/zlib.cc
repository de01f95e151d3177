// Maglev::Zlib: the zlib library behind lib/zlib.rb: crc32/adler32 and their combine
// functions, and deflate/inflate streams (a z_stream in an RData, ended by the
// collector when dropped) that the Ruby half wraps as Zlib::Deflate, Zlib::Inflate,
// GzipWriter and GzipReader. A failing zlib call returns [code, message] (run adds
// the unused input length) for the Ruby half to raise as CRuby's Zlib::Error subclass.
#include <zlib.h>

#include <string>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

struct ZStream {
  z_stream s{};
  bool deflating = false;
  bool open = false;
};

void zstream_free(void* data) {
  auto* z = static_cast<ZStream*>(data);
  if (z == nullptr) return;
  if (z->open) z->deflating ? deflateEnd(&z->s) : inflateEnd(&z->s);
  delete z;
}
const DataType kZStreamType = {"zlib_stream", nullptr, zstream_free};

ZStream* zstream_of(Vm& vm, Value v) {
  if (!v.is_heap() || v.heap()->type != HeapType::kData || v.as<RData>()->dtype != &kZStreamType)
    vm.raise(vm.eTypeError, "not a zlib stream");
  auto* z = static_cast<ZStream*>(v.as<RData>()->data);
  if (!z->open) vm.raise(vm.eStandardError, "stream is not ready");
  return z;
}

Value zerror(Vm& vm, int code, const z_stream& s) {
  const char* msg = s.msg ? s.msg : zError(code);
  return ary_of(vm, {Value::fixnum(code), str_new(vm, msg)});
}

Value wrap(Vm& vm, ZStream* z) {
  auto* d = vm.heap.make<RData>(HeapType::kData, vm.cObject);
  d->dtype = &kZStreamType;
  d->data = z;
  return Value::object(d);
}

// The stream that deflateInit2/inflateInit2 returned err for, or the error.
Value started(Vm& vm, ZStream* z, int err) {
  if (err != Z_OK) {
    Value e = zerror(vm, err, z->s);
    delete z;
    return e;
  }
  z->open = true;
  return wrap(vm, z);
}

uLong checksum_arg(Vm& vm, int argc, const Value* argv, int i, uLong dflt) {
  return i < argc && !argv[i].is_nil() ? static_cast<uLong>(to_long(vm, argv[i])) : dflt;
}

// crc32(string or nil, crc): CRuby's Zlib.crc32 (nil: the initial value).
NATIVE(zlib_crc32) {
  UNUSED_ARGS;
  uLong crc = checksum_arg(vm, argc, argv, 1, crc32(0, nullptr, 0));
  if (argc == 0 || argv[0].is_nil()) return int_new(vm, static_cast<int64_t>(crc));
  std::string_view s = str_view(to_str(vm, argv[0]));
  crc = crc32_z(crc, reinterpret_cast<const Bytef*>(s.data()), s.size());
  return int_new(vm, static_cast<int64_t>(crc));
}
NATIVE(zlib_adler32) {
  UNUSED_ARGS;
  uLong sum = checksum_arg(vm, argc, argv, 1, adler32(0, nullptr, 0));
  if (argc == 0 || argv[0].is_nil()) return int_new(vm, static_cast<int64_t>(sum));
  std::string_view s = str_view(to_str(vm, argv[0]));
  sum = adler32_z(sum, reinterpret_cast<const Bytef*>(s.data()), s.size());
  return int_new(vm, static_cast<int64_t>(sum));
}
NATIVE(zlib_crc32_combine) {
  UNUSED_ARGS;
  return int_new(vm, static_cast<int64_t>(crc32_combine(
      static_cast<uLong>(to_long(vm, argv[0])), static_cast<uLong>(to_long(vm, argv[1])),
      static_cast<z_off_t>(to_long(vm, argv[2])))));
}
NATIVE(zlib_adler32_combine) {
  UNUSED_ARGS;
  return int_new(vm, static_cast<int64_t>(adler32_combine(
      static_cast<uLong>(to_long(vm, argv[0])), static_cast<uLong>(to_long(vm, argv[1])),
      static_cast<z_off_t>(to_long(vm, argv[2])))));
}

// deflate_new(level, wbits, memlevel, strategy): a stream, or [code, message].
NATIVE(zlib_deflate_new) {
  UNUSED_ARGS;
  auto* z = new ZStream;
  z->deflating = true;
  int err = deflateInit2(&z->s, static_cast<int>(to_long(vm, argv[0])), Z_DEFLATED,
                         static_cast<int>(to_long(vm, argv[1])),
                         static_cast<int>(to_long(vm, argv[2])),
                         static_cast<int>(to_long(vm, argv[3])));
  return started(vm, z, err);
}
// inflate_new(wbits)
NATIVE(zlib_inflate_new) {
  UNUSED_ARGS;
  auto* z = new ZStream;
  int err = inflateInit2(&z->s, static_cast<int>(to_long(vm, argv[0])));
  return started(vm, z, err);
}

// run(stream, input, flush): feeds input and collects all the output zlib gives for
// that flush mode: [output, ended, unused input bytes], or [code, message] on an error.
NATIVE(zlib_run) {
  UNUSED_ARGS;
  ZStream* z = zstream_of(vm, argv[0]);
  std::string_view in = str_view(to_str(vm, argv[1]));
  int flush = static_cast<int>(to_long(vm, argv[2]));
  z->s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z->s.avail_in = static_cast<uInt>(in.size());
  std::string out;
  char buf[16384];
  int err = Z_OK;
  for (;;) {
    z->s.next_out = reinterpret_cast<Bytef*>(buf);
    z->s.avail_out = sizeof buf;
    err = z->deflating ? deflate(&z->s, flush) : inflate(&z->s, flush);
    out.append(buf, sizeof buf - z->s.avail_out);
    if (err == Z_STREAM_END) break;
    if (err == Z_BUF_ERROR && z->s.avail_out != 0) {
      err = Z_OK;   // no progress possible: the input is used up
      break;
    }
    if (err != Z_OK) break;
    if (z->s.avail_out != 0 && z->s.avail_in == 0) break;
  }
  Value unused = Value::fixnum(z->s.avail_in);
  if (err != Z_OK && err != Z_STREAM_END) {
    Value e = zerror(vm, err, z->s);
    ary_push(vm, e, unused);   // a NEED_DICT stream resumes with this input
    z->s.next_in = nullptr;
    z->s.avail_in = 0;
    return e;
  }
  z->s.next_in = nullptr;
  z->s.avail_in = 0;
  return ary_of(vm, {str_new_binary(vm, out), Value::boolean(err == Z_STREAM_END), unused});
}
// info(stream): [total_in, total_out, adler, data_type]
NATIVE(zlib_info) {
  UNUSED_ARGS;
  ZStream* z = zstream_of(vm, argv[0]);
  return ary_of(vm, {int_new(vm, static_cast<int64_t>(z->s.total_in)),
                     int_new(vm, static_cast<int64_t>(z->s.total_out)),
                     int_new(vm, static_cast<int64_t>(z->s.adler)),
                     Value::fixnum(z->s.data_type)});
}
// params(stream, level, strategy): deflateParams (the pending output is returned).
NATIVE(zlib_params) {
  UNUSED_ARGS;
  ZStream* z = zstream_of(vm, argv[0]);
  std::string out;
  char buf[16384];
  int err;
  do {
    z->s.next_in = nullptr;
    z->s.avail_in = 0;
    z->s.next_out = reinterpret_cast<Bytef*>(buf);
    z->s.avail_out = sizeof buf;
    err = deflateParams(&z->s, static_cast<int>(to_long(vm, argv[1])),
                        static_cast<int>(to_long(vm, argv[2])));
    out.append(buf, sizeof buf - z->s.avail_out);
  } while (err == Z_BUF_ERROR && z->s.avail_out == 0);
  if (err != Z_OK && err != Z_BUF_ERROR) return zerror(vm, err, z->s);
  return str_new_binary(vm, out);
}
NATIVE(zlib_set_dictionary) {
  UNUSED_ARGS;
  ZStream* z = zstream_of(vm, argv[0]);
  std::string_view d = str_view(to_str(vm, argv[1]));
  auto* p = reinterpret_cast<const Bytef*>(d.data());
  auto n = static_cast<uInt>(d.size());
  int err = z->deflating ? deflateSetDictionary(&z->s, p, n) : inflateSetDictionary(&z->s, p, n);
  return err == Z_OK ? Value::nil() : zerror(vm, err, z->s);
}
NATIVE(zlib_reset) {
  UNUSED_ARGS;
  ZStream* z = zstream_of(vm, argv[0]);
  int err = z->deflating ? deflateReset(&z->s) : inflateReset(&z->s);
  return err == Z_OK ? Value::nil() : zerror(vm, err, z->s);
}
NATIVE(zlib_end) {
  UNUSED_ARGS;
  if (!argv[0].is_heap() || argv[0].heap()->type != HeapType::kData) return Value::nil();
  auto* z = static_cast<ZStream*>(argv[0].as<RData>()->data);
  if (z != nullptr && z->open) {
    z->deflating ? deflateEnd(&z->s) : inflateEnd(&z->s);
    z->open = false;
  }
  return Value::nil();
}

}  // namespace

void init_zlib(Vm& vm) {
  RClass* maglev = vm.const_get(vm.cObject, intern("Maglev")).as<RClass>();
  RClass* zlib = module_new(vm, maglev, "Zlib");
  RClass* meta = singleton_class(vm, Value::object(zlib));
  struct { const char* name; NativeFn fn; int arity; } fns[] = {
      {"crc32", zlib_crc32, -1}, {"adler32", zlib_adler32, -1},
      {"crc32_combine", zlib_crc32_combine, 3}, {"adler32_combine", zlib_adler32_combine, 3},
      {"deflate_new", zlib_deflate_new, 4}, {"inflate_new", zlib_inflate_new, 1},
      {"run", zlib_run, 3}, {"info", zlib_info, 1}, {"params", zlib_params, 3},
      {"set_dictionary", zlib_set_dictionary, 2}, {"reset", zlib_reset, 1},
      {"end", zlib_end, 1}};
  for (auto& f : fns) define_native(vm, meta, f.name, f.fn, f.arity);
  vm.const_set(zlib, intern("VERSION"), str_new(vm, zlibVersion()));
}

}  // namespace maglev::vm
