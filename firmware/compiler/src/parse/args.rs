//! Parameter lists of `def` and `lambda`: positional-only `/`, `*args` or a bare `*`,
//! keyword-only parameters, `**kwargs`, defaults and (for `def`) annotations.

use super::{ParseResult, Parser};
use crate::ast::{Arg, Arguments, Ident};
use crate::lex::Op;
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

impl<'a> Parser<'a> {
    /// One parameter name, with an annotation when `annotations` is true and one is given.
    fn parameter(&mut self, annotations: bool) -> ParseResult<Arg> {
        let (line, col) = self.pos();
        if self.at_op(Op::LeftParen) {
            return Err(self.error_here(if annotations {
                "Function parameters cannot be parenthesized"
            } else {
                "Lambda expression parameters cannot be parenthesized"
            }));
        }
        let name = Ident::new(self.expect_name()?);
        if name == "__debug__" {
            return Err(self.error_at("cannot assign to __debug__", line, col));
        }
        let annotation = if annotations && self.eat_op(Op::Colon)? {
            Some(*self.expression()?)
        } else {
            None
        };
        Ok(Arg {
            arg: name,
            annotation,
            line,
            col,
        })
    }

    /// A parameter list up to (not including) `)` for `def` (`annotations` true) or `:` for
    /// `lambda`.
    #[inline(never)]
    pub(crate) fn parameters(&mut self, annotations: bool) -> ParseResult<Box<Arguments>> {
        let closing = if annotations {
            Op::RightParen
        } else {
            Op::Colon
        };
        let mut arguments = Arguments::default();
        let mut seen_slash = false;
        let mut bare_star: Option<(u32, u32)> = None;
        let mut seen_star = false;
        let mut seen_default = false;
        loop {
            if self.at_op(closing) {
                break;
            }
            let (line, col) = self.pos();
            if arguments.kwarg.is_some() {
                return Err(self.error_here("arguments cannot follow var-keyword argument"));
            }
            if self.at_op(Op::Slash) {
                if seen_slash {
                    return Err(self.error_here("/ may appear only once"));
                }
                if seen_star {
                    return Err(self.error_here("/ must be ahead of *"));
                }
                if arguments.args.is_empty() {
                    let msg = match self.peek()?.kind {
                        crate::lex::TokenKind::Op(Op::Comma) => {
                            "at least one argument must precede /"
                        }
                        _ => "invalid syntax",
                    };
                    return Err(self.error_here(msg));
                }
                self.advance()?;
                if self.at_op(Op::Star) {
                    return Err(self.error_here("expected comma between / and *"));
                }
                seen_slash = true;
                arguments.posonlyargs = core::mem::take(&mut arguments.args);
            } else if self.at_op(Op::Star) {
                if seen_star {
                    return Err(self.error_here("* argument may appear only once"));
                }
                self.advance()?;
                seen_star = true;
                if self.at_op(Op::Comma) || self.at_op(closing) {
                    bare_star = Some((line, col));
                } else {
                    arguments.vararg = Some(self.parameter(annotations)?);
                    if self.at_op(Op::Assign) {
                        return Err(
                            self.error_here("var-positional argument cannot have default value")
                        );
                    }
                }
            } else if self.eat_op(Op::DoubleStar)? {
                arguments.kwarg = Some(self.parameter(annotations)?);
                if self.at_op(Op::Assign) {
                    return Err(self.error_here("var-keyword argument cannot have default value"));
                }
            } else {
                let arg = self.parameter(annotations)?;
                let default = if self.at_op(Op::Assign) {
                    let (line, col) = self.pos();
                    self.advance()?;
                    if self.at_op(Op::Comma) || self.at_op(closing) {
                        return Err(self.error_at("expected default value expression", line, col));
                    }
                    Some(*self.expression()?)
                } else {
                    None
                };
                if seen_star {
                    self.make_room(&mut arguments.kwonlyargs)?;
                    arguments.kwonlyargs.push(arg);
                    self.make_room(&mut arguments.kw_defaults)?;
                    arguments.kw_defaults.push(default);
                } else {
                    match default {
                        Some(value) => {
                            seen_default = true;
                            self.make_room(&mut arguments.defaults)?;
                            arguments.defaults.push(value);
                        }
                        None if seen_default => {
                            return Err(self.error_at(
                                "non-default argument follows default argument",
                                arg.line,
                                arg.col,
                            ));
                        }
                        None => {}
                    }
                    self.make_room(&mut arguments.args)?;
                    arguments.args.push(arg);
                }
            }
            if !self.eat_op(Op::Comma)? {
                break;
            }
        }
        if let Some((line, col)) = bare_star {
            if arguments.kwonlyargs.is_empty() {
                return Err(self.error_at("named arguments must follow bare *", line, col));
            }
        }
        check_duplicates(&arguments)?;
        Ok(Box::new(arguments))
    }
}

fn check_duplicates(arguments: &Arguments) -> ParseResult<()> {
    let mut all: Vec<(&str, usize, &Arg)> = arguments
        .posonlyargs
        .iter()
        .chain(arguments.args.iter())
        .chain(arguments.vararg.iter())
        .chain(arguments.kwonlyargs.iter())
        .chain(arguments.kwarg.iter())
        .enumerate()
        .map(|(index, arg)| (arg.arg.as_str(), index, arg))
        .collect();
    // Sorting keeps this O(n log n) for absurdly long parameter lists.
    crate::sort::sort_unstable_by(&mut all, |a, b| (a.0, a.1) < (b.0, b.1));
    let first_repeat = all
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .map(|pair| pair[1])
        .min_by_key(|entry| entry.1);
    if let Some((name, _, arg)) = first_repeat {
        return Err(Box::new(crate::lex::syntax_error(
            format!("duplicate argument '{name}' in function definition"),
            arg.line,
            arg.col,
        )));
    }
    Ok(())
}
